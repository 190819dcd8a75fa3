# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Accord developers
# Every third-party library comes from Debian 12's packages (see packaging/install-deps.sh).
find_package(PkgConfig REQUIRED)
find_package(Threads REQUIRED)
pkg_check_modules(SNDFILE REQUIRED IMPORTED_TARGET sndfile>=1.1)
# Native FLAC is decoded with libFLAC directly (core/audio/flac_decoder.cpp); libsndfile uses it too.
pkg_check_modules(FLAC REQUIRED IMPORTED_TARGET flac)
pkg_check_modules(PORTAUDIO REQUIRED IMPORTED_TARGET portaudio-2.0)
pkg_check_modules(SQLITE3 REQUIRED IMPORTED_TARGET sqlite3)
pkg_check_modules(SOXR REQUIRED IMPORTED_TARGET soxr)
# FFmpeg decodes what libsndfile does not read (AAC, ALAC, APE, WavPack, 12/20-bit FLAC): core/audio.
# FFmpeg and Chromaprint are compiled against but not linked: they are opened when first needed
# (base::SharedLibrary; audio::FfmpegLibrary, catalogue::ChromaprintLibrary), because linking them made every
# process load ~150 shared libraries at start-up. Their targets below carry only the headers' flags;
# packaging/CMakeLists.txt names the libraries in the package's Depends (dpkg-shlibdeps cannot see them).
pkg_check_modules(LIBAVFORMAT REQUIRED libavformat>=59)
pkg_check_modules(LIBAVCODEC REQUIRED libavcodec>=59)
pkg_check_modules(LIBAVUTIL REQUIRED libavutil>=57)
pkg_check_modules(CHROMAPRINT REQUIRED libchromaprint)
function(accord_headers_only target)
    add_library(${target} INTERFACE)
    foreach(pkg ${ARGN})
        target_include_directories(${target} SYSTEM INTERFACE ${${pkg}_INCLUDE_DIRS})
        target_compile_options(${target} INTERFACE ${${pkg}_CFLAGS_OTHER})
    endforeach()
endfunction()
accord_headers_only(accord_ffmpeg_headers LIBAVFORMAT LIBAVCODEC LIBAVUTIL)
accord_headers_only(accord_chromaprint_headers CHROMAPRINT)
pkg_check_modules(TAGLIB IMPORTED_TARGET taglib)
# CUE sheets (core/library/cue_sheet.cpp).
pkg_check_modules(LIBCUE REQUIRED IMPORTED_TARGET libcue)
# toml++ (libtomlplusplus-dev): its pkg-config file carries the TOML_SHARED_LIB definitions the library needs.
# Signed sync (core/sync): Ed25519 / X25519 / SHA-256 from libsodium, HTTPS from libcurl. libcurl is
# opened when first needed like FFmpeg (sync::CurlLibrary): linked, it brought ~28 libraries (GnuTLS,
# Kerberos, LDAP, SASL...) into every process's start-up; its target carries only the headers' flags.
pkg_check_modules(SODIUM REQUIRED IMPORTED_TARGET libsodium)
pkg_check_modules(CURL REQUIRED libcurl>=7.85)
accord_headers_only(accord_curl_headers CURL)
# SHA-256 of downloads and deltas from OpenSSL's libcrypto (CPU SHA extensions; libcurl uses it already).
pkg_check_modules(LIBCRYPTO REQUIRED IMPORTED_TARGET libcrypto>=3)
pkg_check_modules(TOMLPLUSPLUS REQUIRED IMPORTED_TARGET tomlplusplus>=3)
find_package(EXPAT)
find_package(nlohmann_json 3.10)
if(ACCORD_BUILD_TESTS)
    find_package(Catch2 2 REQUIRED)
    include(Catch)
endif()
if(ACCORD_BUILD_BENCH)
    find_package(benchmark)
endif()
