#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Accord developers
"""Fills accord_en.ts (plural forms only, from lupdate -pluralonly) with singular and plural English."""
import sys
import xml.etree.ElementTree as ET

FORMS = {
    '%n file(s) could not be read.': ('%n file could not be read.', '%n files could not be read.'),
    '%n track(s)': ('%n track', '%n tracks'),
    '%n hour(s)': ('%n hour', '%n hours'),
    '%n unreadable': ('%n unreadable', '%n unreadable'),
    '%n missing': ('%n missing', '%n missing'),
    'Saved the queue as “%1” (%n track(s)).': ('Saved the queue as “%1” (%n track).',
                                                'Saved the queue as “%1” (%n tracks).'),
    'Added %n track(s) to the playlist.': ('Added %n track to the playlist.', 'Added %n tracks to the playlist.'),
    'Imported “%1”: %n entry(s)': ('Imported “%1”: %n entry', 'Imported “%1”: %n entries'),
}

tree = ET.parse(sys.argv[1])
for message in tree.getroot().iter('message'):
    source = message.find('source').text
    if source not in FORMS:
        sys.exit('no English plural for ' + repr(source))
    tr = message.find('translation')
    tr.attrib.pop('type', None)
    for child in list(tr):
        tr.remove(child)
    tr.text = None
    for form in FORMS[source]:
        ET.SubElement(tr, 'numerusform').text = form
tree.write(sys.argv[1], encoding='utf-8', xml_declaration=True)
