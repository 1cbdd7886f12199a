# Resource object code (Python 3)
# Created by: object code
# Created by: The Resource Compiler for Qt version 6.12.0
# WARNING! All changes made in this file will be lost!

from PySide6 import QtCore

qt_resource_data = b"\
\x00\x00\x01.\
<\
svg xmlns=\x22http:\
//www.w3.org/200\
0/svg\x22 viewBox=\x22\
0 0 24 24\x22 width\
=\x2224\x22 height=\x2224\
\x22 fill=\x22none\x22 st\
roke=\x22#2f4f6f\x22 s\
troke-width=\x221.8\
\x22 stroke-linecap\
=\x22round\x22 stroke-\
linejoin=\x22round\x22\
><rect x=\x225\x22 y=\x22\
10.5\x22 width=\x2214\x22\
 height=\x2210\x22 rx=\
\x221.5\x22/><path d=\x22\
M8 10.5V7.5a4 4 \
0 0 1 8 0v3\x22/><p\
ath d=\x22M12 14.5v\
2.5\x22/></svg>\x0a\
\x00\x00\x01w\
<\
svg xmlns=\x22http:\
//www.w3.org/200\
0/svg\x22 viewBox=\x22\
0 0 24 24\x22 width\
=\x2224\x22 height=\x2224\
\x22 fill=\x22none\x22 st\
roke=\x22#2f4f6f\x22 s\
troke-width=\x221.8\
\x22 stroke-linecap\
=\x22round\x22 stroke-\
linejoin=\x22round\x22\
><circle cx=\x2212\x22\
 cy=\x2212\x22 r=\x223\x22/>\
<path d=\x22M12 2.8\
v2.4M12 18.8v2.4\
M2.8 12h2.4M18.8\
 12h2.4M5.5 5.5l\
1.7 1.7M16.8 16.\
8l1.7 1.7M5.5 18\
.5l1.7-1.7M16.8 \
7.2l1.7-1.7\x22/><c\
ircle cx=\x2212\x22 cy\
=\x2212\x22 r=\x226.5\x22/><\
/svg>\x0a\
\x00\x00\x01\x8f\
<\
svg xmlns=\x22http:\
//www.w3.org/200\
0/svg\x22 viewBox=\x22\
0 0 24 24\x22 width\
=\x2224\x22 height=\x2224\
\x22 fill=\x22none\x22 st\
roke=\x22#2f4f6f\x22 s\
troke-width=\x221.8\
\x22 stroke-linecap\
=\x22round\x22 stroke-\
linejoin=\x22round\x22\
><rect x=\x222.5\x22 y\
=\x224.5\x22 width=\x2219\
\x22 height=\x2215\x22 rx\
=\x222\x22/><circle cx\
=\x228.5\x22 cy=\x2210.5\x22\
 r=\x222.3\x22/><path \
d=\x22M5 16.5c.4-1.\
9 1.8-3 3.5-3s3.\
1 1.1 3.5 3\x22/><p\
ath d=\x22M14.5 9.5\
h4.5\x22/><path d=\x22\
M14.5 13h4.5\x22/><\
path d=\x22M14.5 16\
.5h3\x22/></svg>\x0a\
\x00\x00\x01\x15\
<\
svg xmlns=\x22http:\
//www.w3.org/200\
0/svg\x22 viewBox=\x22\
0 0 24 24\x22 width\
=\x2224\x22 height=\x2224\
\x22 fill=\x22none\x22 st\
roke=\x22#2f4f6f\x22 s\
troke-width=\x221.8\
\x22 stroke-linecap\
=\x22round\x22 stroke-\
linejoin=\x22round\x22\
><path d=\x22M6 3.5\
h9l4 4v13H6z\x22/><\
path d=\x22M15 3.5v\
4h4\x22/><path d=\x22M\
9 11.5h7M9 14.5h\
7M9 17.5h4\x22/></s\
vg>\x0a\
\x00\x00\x01Y\
<\
svg xmlns=\x22http:\
//www.w3.org/200\
0/svg\x22 viewBox=\x22\
0 0 24 24\x22 width\
=\x2224\x22 height=\x2224\
\x22 fill=\x22none\x22 st\
roke=\x22#2f4f6f\x22 s\
troke-width=\x221.8\
\x22 stroke-linecap\
=\x22round\x22 stroke-\
linejoin=\x22round\x22\
><circle cx=\x229\x22 \
cy=\x228.5\x22 r=\x223.2\x22\
/><path d=\x22M3 19\
.5c0-3.3 2.7-5.5\
 6-5.5s6 2.2 6 5\
.5\x22/><circle cx=\
\x2217\x22 cy=\x229.5\x22 r=\
\x222.5\x22/><path d=\x22\
M16.5 14.2c2.6.2\
 4.5 2 4.5 4.8\x22/\
></svg>\x0a\
\x00\x00\x01m\
<\
svg xmlns=\x22http:\
//www.w3.org/200\
0/svg\x22 viewBox=\x22\
0 0 64 64\x22 width\
=\x2264\x22 height=\x2264\
\x22><path d=\x22M32 4\
 8 13v17c0 14.5 \
10.2 25.5 24 30 \
13.8-4.5 24-15.5\
 24-30V13z\x22 fill\
=\x22#2f4f6f\x22/><pat\
h d=\x22M32 9.5 13 \
16.7V30c0 11.6 8\
 20.5 19 24.5z\x22 \
fill=\x22#4f7fa8\x22/>\
<path d=\x22M24 20v\
22h16\x22 fill=\x22non\
e\x22 stroke=\x22#ffff\
ff\x22 stroke-width\
=\x225\x22 stroke-line\
cap=\x22round\x22 stro\
ke-linejoin=\x22rou\
nd\x22/></svg>\x0a\
\x00\x00\x01+\
<\
svg xmlns=\x22http:\
//www.w3.org/200\
0/svg\x22 viewBox=\x22\
0 0 24 24\x22 width\
=\x2224\x22 height=\x2224\
\x22 fill=\x22none\x22 st\
roke=\x22#2f4f6f\x22 s\
troke-width=\x221.8\
\x22 stroke-linecap\
=\x22round\x22 stroke-\
linejoin=\x22round\x22\
><path d=\x22M12 3 \
4.5 6v5.5c0 4.5 \
3.2 8 7.5 9.5 4.\
3-1.5 7.5-5 7.5-\
9.5V6z\x22/><path d\
=\x22M12 8v5\x22/><pat\
h d=\x22M12 16.2v.1\
\x22/></svg>\x0a\
\x00\x00\x01\x0f\
<\
svg xmlns=\x22http:\
//www.w3.org/200\
0/svg\x22 viewBox=\x22\
0 0 24 24\x22 width\
=\x2224\x22 height=\x2224\
\x22 fill=\x22none\x22 st\
roke=\x22#2f4f6f\x22 s\
troke-width=\x221.8\
\x22 stroke-linecap\
=\x22round\x22 stroke-\
linejoin=\x22round\x22\
><path d=\x22M3 11.\
5 12 4l9 7.5\x22/><\
path d=\x22M5.5 10v\
9.5h13V10\x22/><pat\
h d=\x22M10 19.5v-5\
h4v5\x22/></svg>\x0a\
\x00\x00\x01(\
<\
svg xmlns=\x22http:\
//www.w3.org/200\
0/svg\x22 viewBox=\x22\
0 0 24 24\x22 width\
=\x2224\x22 height=\x2224\
\x22 fill=\x22none\x22 st\
roke=\x22#2f4f6f\x22 s\
troke-width=\x221.8\
\x22 stroke-linecap\
=\x22round\x22 stroke-\
linejoin=\x22round\x22\
><rect x=\x225\x22 y=\x22\
4.5\x22 width=\x2214\x22 \
height=\x2216.5\x22 rx\
=\x221.5\x22/><path d=\
\x22M9 3h6v3H9z\x22/><\
path d=\x22m8.5 13 \
2.5 2.5 4.5-5\x22/>\
</svg>\x0a\
"

qt_resource_name = b"\
\x00\x05\
\x00o\xa6S\
\x00i\
\x00c\x00o\x00n\x00s\
\x00\x08\
\x05\x9eT\xa7\
\x00l\
\x00o\x00c\x00k\x00.\x00s\x00v\x00g\
\x00\x0c\
\x0b\xdf,\xc7\
\x00s\
\x00e\x00t\x00t\x00i\x00n\x00g\x00s\x00.\x00s\x00v\x00g\
\x00\x0a\
\x07*\x82\x07\
\x00p\
\x00e\x00o\x00p\x00l\x00e\x00.\x00s\x00v\x00g\
\x00\x09\
\x0b\x07\x8b\xa7\
\x00a\
\x00u\x00d\x00i\x00t\x00.\x00s\x00v\x00g\
\x00\x09\
\x0c\x96\xa3\xe7\
\x00u\
\x00s\x00e\x00r\x00s\x00.\x00s\x00v\x00g\
\x00\x07\
\x08sZ\x07\
\x00a\
\x00p\x00p\x00.\x00s\x00v\x00g\
\x00\x0a\
\x07\x96k\xa7\
\x00b\
\x00r\x00e\x00a\x00c\x00h\x00.\x00s\x00v\x00g\
\x00\x08\
\x068W'\
\x00h\
\x00o\x00m\x00e\x00.\x00s\x00v\x00g\
\x00\x0a\
\x0a+g\xa7\
\x00c\
\x00h\x00e\x00c\x00k\x00s\x00.\x00s\x00v\x00g\
"

qt_resource_struct = b"\
\x00\x00\x00\x00\x00\x02\x00\x00\x00\x01\x00\x00\x00\x01\
\x00\x00\x00\x00\x00\x02\x00\x00\x00\x09\x00\x00\x00\x02\
\x00\x00\x00\x10\x00\x00\x00\x00\x00\x01\x00\x00\x00\x00\
\x00\x00\x00\xbc\x00\x00\x00\x00\x00\x01\x00\x00\x09V\
\x00\x00\x00D\x00\x00\x00\x00\x00\x01\x00\x00\x02\xad\
\x00\x00\x00\xa2\x00\x00\x00\x00\x00\x01\x00\x00\x08'\
\x00\x00\x00\x8e\x00\x00\x00\x00\x00\x01\x00\x00\x06\xb6\
\x00\x00\x00\xd2\x00\x00\x00\x00\x00\x01\x00\x00\x0ai\
\x00\x00\x00^\x00\x00\x00\x00\x00\x01\x00\x00\x04@\
\x00\x00\x00&\x00\x00\x00\x00\x00\x01\x00\x00\x012\
\x00\x00\x00v\x00\x00\x00\x00\x00\x01\x00\x00\x05Y\
"

def qInitResources():
    QtCore.qRegisterResourceData(0x01, qt_resource_struct, qt_resource_name, qt_resource_data)

def qCleanupResources():
    QtCore.qUnregisterResourceData(0x01, qt_resource_struct, qt_resource_name, qt_resource_data)

qInitResources()
