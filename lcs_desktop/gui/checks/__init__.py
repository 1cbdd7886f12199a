"""Recruitment social media checks: the list, the check window in steps, findings with evidence,
the discussion with the applicant, and the PDF export."""
