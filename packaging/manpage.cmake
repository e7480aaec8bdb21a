# Writes the ryuk(1) man page from the program's own help, so it lists exactly the commands
# `ryuk help` lists, with the examples of ryuk-examples.txt.
# Usage: cmake -DRYUK=path/to/ryuk -DEXAMPLES=ryuk-examples.txt -DVERSION=x.y.z -DOUT=ryuk.1 -P manpage.cmake
cmake_policy(VERSION 3.25)
foreach(var RYUK EXAMPLES VERSION OUT)
    if(NOT DEFINED ${var})
        message(FATAL_ERROR "manpage.cmake: ${var} is not set")
    endif()
endforeach()

# troff: a backslash is \e, a hyphen in an option is \-, and a line must not start with . or '.
function(roff_escape out text)
    string(REPLACE "\\" "\\e" text "${text}")
    string(REPLACE "-" "\\-" text "${text}")
    string(REPLACE "…" "..." text "${text}")
    string(REPLACE "<semicolon>" ";" text "${text}")
    string(REGEX REPLACE "^([.'])" "\\\\&\\1" text "${text}")
    set(${out} "${text}" PARENT_SCOPE)
endfunction()

execute_process(COMMAND "${RYUK}" help OUTPUT_VARIABLE help RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "manpage.cmake: `ryuk help` failed (${rc})")
endif()

file(STRINGS "${EXAMPLES}" example_lines ENCODING UTF-8 REGEX "^[a-z]+: ")
foreach(line IN LISTS example_lines)
    string(REGEX MATCH "^([a-z]+): (.*)$" _ "${line}")
    set(example_${CMAKE_MATCH_1} "${CMAKE_MATCH_2}")
endforeach()

# The lines between "Commands:" and the blank line after them: "  name  description".
# Semicolons would split CMake's lists; they come back in roff_escape().
string(REPLACE ";" "<semicolon>" help "${help}")
string(REPLACE "\n" ";" help_lines "${help}")
set(in_commands FALSE)
set(commands "")
foreach(line IN LISTS help_lines)
    if(line STREQUAL "Commands:")
        set(in_commands TRUE)
    elseif(in_commands AND line MATCHES "^  ([a-z]+) +(.+)$")
        list(APPEND commands "${CMAKE_MATCH_1}")
        set(summary_${CMAKE_MATCH_1} "${CMAKE_MATCH_2}")
    elseif(in_commands)
        break()
    endif()
endforeach()
if(NOT commands)
    message(FATAL_ERROR "manpage.cmake: no commands in the output of `ryuk help`")
endif()

set(page [=[.\" ryuk(1): generated at build time from `ryuk help` by packaging/manpage.cmake.
.TH RYUK 1 "" "ryuk @VERSION@" "User Commands"
.SH NAME
ryuk \- read, edit, import, export and check Ryuk story files
.SH SYNOPSIS
.B ryuk
.I COMMAND
.RI [ ARGUMENTS ]
.RI [ OPTIONS ]
.br
.B ryuk help
.RI [ COMMAND ]
.br
.B ryuk \-\-version
.SH DESCRIPTION
.B ryuk
reads and edits Ryuk story files (\fI.ryuk\fR, SQLite databases) without the editor,
for scripts, build pipelines and quick looks from a terminal.
Every command prints readable text, or with \fB\-\-json\fR exactly one line of JSON.
A failing command prints one line to standard error and nothing to standard output.
.PP
.B ryuk help
.I COMMAND
(or
.B ryuk
.I COMMAND
.BR \-\-help )
shows the arguments and options of one command.
.SH COMMANDS
]=])
string(REPLACE "@VERSION@" "${VERSION}" page "${page}")

set(missing "")
foreach(command IN LISTS commands)
    if(NOT DEFINED example_${command})
        list(APPEND missing "${command}")
        continue()
    endif()
    execute_process(COMMAND "${RYUK}" "${command}" --help OUTPUT_VARIABLE usage RESULT_VARIABLE rc)
    if(NOT rc EQUAL 0 OR NOT usage MATCHES "^Usage: ([^\n]+)")
        message(FATAL_ERROR "manpage.cmake: `ryuk ${command} --help` printed no usage line")
    endif()
    string(REPLACE ";" "<semicolon>" synopsis "${CMAKE_MATCH_1}")
    roff_escape(synopsis "${synopsis}")
    roff_escape(summary "${summary_${command}}")
    roff_escape(example "${example_${command}}")
    string(APPEND page ".TP\n.B ${synopsis}\n${summary}\n.RS\n.PP\nExample:\n.EX\n${example}\n.EE\n.RE\n")
endforeach()
if(missing)
    message(FATAL_ERROR "manpage.cmake: no example in ${EXAMPLES} for: ${missing}")
endif()

string(APPEND page [=[.SH EXIT STATUS
.TP
.B 0
success
.TP
.B 1
a failure while running (the file cannot be written, the disk is full, ...)
.TP
.B 2
bad input or usage: an unknown command or option, a malformed file, an unknown id
.TP
.B 3
\fBvalidate\fR found problems in the story
.TP
.B 4
\fBprofile\fR measured figures beyond its thresholds
.SH FILES
.TP
.I /usr/share/ryuk-studio/the-lantern-courier.json
the sample story, also written by \fBryuk init \-\-sample\fR
.SH SEE ALSO
\fBryuk\-studio\fR is the graphical editor. The full reference of every command, its options and output
shapes is docs/cli.md in the source tree; the JSON format is docs/json\-format.md.
]=])

file(WRITE "${OUT}" "${page}")
