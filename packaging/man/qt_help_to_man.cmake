# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Accord developers
# Writes accord(1) from `accord --help`: the QCommandLineParser options in app/accord/main.cpp are the one
# source, so the man page cannot drift from the program. Run with -DPROGRAM= -DOUTPUT= -DVERSION=.
set(ENV{QT_QPA_PLATFORM} offscreen)
set(ENV{ASAN_OPTIONS} detect_leaks=0)
execute_process(COMMAND ${PROGRAM} --help OUTPUT_VARIABLE help RESULT_VARIABLE rc ERROR_VARIABLE err)
if(NOT rc EQUAL 0 OR help STREQUAL "")
    message(FATAL_ERROR "${PROGRAM} --help failed (${rc}): ${err}")
endif()

function(roff_escape in outvar)
    string(REPLACE "\\" "\\e" s "${in}")
    string(REPLACE "-" "\\-" s "${s}")
    set(${outvar} "${s}" PARENT_SCOPE)
endfunction()

string(REPLACE "\n" ";" lines "${help}")
set(synopsis "")
set(description "")
set(items "")
set(section "")
foreach(line IN LISTS lines)
    if(line MATCHES "^Usage: [^ ]+ (.*)$")
        roff_escape("${CMAKE_MATCH_1}" synopsis)
    elseif(line MATCHES "^Options:")
        set(section options)
        string(APPEND items ".SH OPTIONS\n")
    elseif(line MATCHES "^Arguments:")
        set(section arguments)
        string(APPEND items ".SH ARGUMENTS\n")
    elseif(line MATCHES "^  +([^ ].*[^ ])  +([^ ].*)$" AND NOT section STREQUAL "")
        roff_escape("${CMAKE_MATCH_1}" term)
        roff_escape("${CMAKE_MATCH_2}" text)
        string(APPEND items ".TP\n.B ${term}\n${text}\n")
    elseif(line MATCHES "^  +([^ ].*)$" AND NOT section STREQUAL "")
        roff_escape("${CMAKE_MATCH_1}" text)
        string(APPEND items "${text}\n")
    elseif(section STREQUAL "" AND NOT line STREQUAL "")
        roff_escape("${line}" text)
        string(APPEND description "${text}\n")
    endif()
endforeach()

file(WRITE ${OUTPUT} ".\\\" Generated from `accord --help` at build time; do not edit.
.TH ACCORD 1 \"\" \"accord ${VERSION}\" \"User Commands\"
.SH NAME
accord \\- ${description}.SH SYNOPSIS
.B accord
${synopsis}
.SH DESCRIPTION
Accord is a desktop music player that plays gaplessly and bit-perfect and explains, for every track,
whether the licence catalogue lets it play here and now. Files and folders given on the command line
are added to the play queue; a running Accord receives them unless \\fB\\-\\-new\\-instance\\fR is given.
${items}.SH FILES
.TP
.I $XDG_DATA_HOME/accord
The library and licence catalogue (default \\fI~/.local/share/accord\\fR).
.SH SEE ALSO
.BR accordctl (1)
")
