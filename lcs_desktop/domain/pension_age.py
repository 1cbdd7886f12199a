"""Calendar months and UK state pension age, for retention dates (issue 10, KCSIE Part 4).

``add_months`` counts calendar months and clamps to the month's end: 31 August + 6 months is
28 February (29 in a leap year), as a person reads "six months after". The same rule gives a
29 February birthday as 28 February in other years.

``state_pension_date`` implements the official timetable — Pensions Act 1995 Schedule 4 (as
amended by the Pensions Acts 2007, 2011 and 2014); the table is the one published by the DWP
("State Pension age timetables", gov.uk, 2014 update):

- born before 6 April 1950: 60 (women) / 65 (men);
- women born 6 April 1950 – 5 April 1953: phased, a date per month of birth (1995 Act);
- women born 6 April 1953 – 5 December 1953: phased, a date per month of birth (2011 Act);
  men born 6 April 1953 – 5 December 1953: 65;
- born 6 December 1953 – 5 October 1954: phased to 66, a date per month of birth (2011 Act);
- born 6 October 1954 – 5 April 1960: 66;
- born 6 April 1960 – 5 March 1961: 66 and 1 to 11 months (2014 Act);
- born 6 March 1961 – 5 April 1977: 67 (2014 Act);
- born 6 April 1977 – 5 April 1978: phased to 68, a date per month of birth (2007 Act);
- born 6 April 1978 or later: 68 (2007 Act).

The app does not record sex: where the women's and men's dates differ (born before
6 December 1953) the later date is used, so a record is never proposed for deletion early.
Only people born before 1954 are affected, and for them the 10-year alternative is longer
for any allegation made after 2013.
"""

from __future__ import annotations

import calendar
from datetime import date
from enum import StrEnum


class Sex(StrEnum):
    FEMALE = "female"
    MALE = "male"


def add_months(day: date, months: int) -> date:
    """``day`` moved by whole calendar months, clamped to the last day of the month."""
    index = day.year * 12 + (day.month - 1) + months
    year, month0 = divmod(index, 12)
    last = calendar.monthrange(year, month0 + 1)[1]
    return date(year, month0 + 1, min(day.day, last))


def add_years(day: date, years: int) -> date:
    return add_months(day, 12 * years)


def _band(born: date, first: date) -> int:
    """Which month-long band (6th to 5th) ``born`` falls in, counting ``first`` (a 6th) as 0."""
    shift = 0 if born.day >= 6 else -1
    return (born.year - first.year) * 12 + (born.month - first.month) + shift


def _women_born_1950_to_1953(born: date) -> date:
    # 1995 Act: 6 Apr 1950 – 5 May 1950 reach it on 6 May 2010, and each later month of birth
    # two months later, to 6 Mar 2016 for 6 Mar – 5 Apr 1953.
    return add_months(date(2010, 5, 6), 2 * _band(born, date(1950, 4, 6)))


def _women_born_apr_to_dec_1953(born: date) -> date:
    # 2011 Act: 6 Apr – 5 May 1953 reach it on 6 July 2016, each later month four months later.
    return add_months(date(2016, 7, 6), 4 * _band(born, date(1953, 4, 6)))


def _born_dec_1953_to_oct_1954(born: date) -> date:
    # 2011 Act: 6 Dec 1953 – 5 Jan 1954 reach it on 6 Mar 2019, each later month two months
    # later, to 6 Sep 2020 for 6 Sep – 5 Oct 1954.
    return add_months(date(2019, 3, 6), 2 * _band(born, date(1953, 12, 6)))


def _born_1977_to_1978(born: date) -> date:
    # 2007 Act: 6 Apr – 5 May 1977 reach it on 6 May 2044, each later month two months later,
    # to 6 Mar 2046 for 6 Mar – 5 Apr 1978.
    return add_months(date(2044, 5, 6), 2 * _band(born, date(1977, 4, 6)))


def state_pension_date(born: date, sex: Sex | None = None) -> date:
    """The day a person born on ``born`` reaches UK state pension age; with ``sex`` unknown,
    the later of the women's and men's dates."""
    if sex is None:
        return max(state_pension_date(born, Sex.FEMALE), state_pension_date(born, Sex.MALE))
    if born < date(1953, 12, 6):
        if sex is Sex.MALE:
            return add_years(born, 65)
        if born < date(1950, 4, 6):
            return add_years(born, 60)
        if born < date(1953, 4, 6):
            return _women_born_1950_to_1953(born)
        return _women_born_apr_to_dec_1953(born)
    if born < date(1954, 10, 6):
        return _born_dec_1953_to_oct_1954(born)
    if born < date(1960, 4, 6):
        return add_years(born, 66)
    if born < date(1961, 3, 6):
        return add_months(born, 66 * 12 + 1 + _band(born, date(1960, 4, 6)))
    if born < date(1977, 4, 6):
        return add_years(born, 67)
    if born < date(1978, 4, 6):
        return _born_1977_to_1978(born)
    return add_years(born, 68)


def pension_age_text(born: date) -> str:
    """The age reached on the state pension date, for a reason line: "66", "66 and 3 months"."""
    reached = state_pension_date(born)
    months = (reached.year - born.year) * 12 + reached.month - born.month + 1
    while add_months(born, months) > reached:  # whole months completed by that day
        months -= 1
    years, extra = divmod(months, 12)
    return f"{years}" if extra == 0 else f"{years} and {extra} month{'s' if extra > 1 else ''}"
