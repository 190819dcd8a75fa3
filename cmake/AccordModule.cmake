# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Accord developers
# One warning set for every target of ours, and a helper that declares a core module.
# (No -Wnull-dereference: with GCC 12 at -O2 it reports false positives inside libstdc++.)

function(accord_warnings target)
    target_compile_options(${target} PRIVATE
        -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast -Wcast-align
        -Woverloaded-virtual -Wconversion -Wsign-conversion -Wdouble-promotion
        -Wformat=2 -Wimplicit-fallthrough)
    # GCC 12 at -O3 reports -Wrestrict inside libstdc++'s std::string concatenation (a known GCC 12
    # false positive, fixed in GCC 13) that the release build printed for string `+` of a literal.
    if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU" AND CMAKE_CXX_COMPILER_VERSION VERSION_LESS 13)
        target_compile_options(${target} PRIVATE -Wno-restrict)
    endif()
    if(ACCORD_WERROR)
        target_compile_options(${target} PRIVATE -Werror)
    endif()
endfunction()

# accord_core_module(NAME SOURCES ... DEPS ...): static library accord_<NAME>, alias accord::<NAME>.
# Headers are included as "<module>/<file>.hpp" relative to core/.
function(accord_core_module name)
    cmake_parse_arguments(M "" "" "SOURCES;DEPS;PRIVATE_DEPS" ${ARGN})
    add_library(accord_${name} STATIC ${M_SOURCES})
    add_library(accord::${name} ALIAS accord_${name})
    target_include_directories(accord_${name} PUBLIC ${PROJECT_SOURCE_DIR}/core)
    target_link_libraries(accord_${name} PUBLIC ${M_DEPS} PRIVATE ${M_PRIVATE_DEPS})
    set_target_properties(accord_${name} PROPERTIES POSITION_INDEPENDENT_CODE ON)
    accord_warnings(accord_${name})
endfunction()

# accord_test(NAME SOURCES ... DEPS ...): one Catch2 executable per module, discovered by CTest.
# SERIAL: CTest runs each of its tests alone (tests paced in real time through the capture rig, which
# another test's CPU load can starve of the scheduling a sound card would get).
function(accord_test name)
    cmake_parse_arguments(T "SERIAL" "" "SOURCES;DEPS;LABELS" ${ARGN})
    add_executable(test_${name} ${T_SOURCES})
    target_link_libraries(test_${name} PRIVATE accord_test_main ${T_DEPS})
    accord_warnings(test_${name})
    set(serial FALSE)
    if(T_SERIAL)
        set(serial TRUE)
    endif()
    catch_discover_tests(test_${name}
        TEST_PREFIX "${name}:"
        PROPERTIES LABELS "${name};${T_LABELS}" TIMEOUT 600 RUN_SERIAL ${serial}
        DISCOVERY_TIMEOUT 60
        EXTRA_ARGS --warn NoTests)  # a filter that matches nothing fails instead of passing
endfunction()
