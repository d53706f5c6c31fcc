# FuzzFlags.cmake: compile flags of a fuzz build (INSOMNIA_FUZZ), set before any target.
#
# libFuzzer ships with clang only (gcc has no -fsanitize=fuzzer). Everything, Lua included,
# is compiled with coverage instrumentation (fuzzer-no-link) and ASan+UBSan; only the fuzz
# targets link libFuzzer's main. INSOMNIA_SANITIZE is defined as in the sanitizer build: the
# arena hands every block to malloc, so ASan sees each Lua allocation on its own.
if(NOT CMAKE_C_COMPILER_ID MATCHES "Clang")
  message(FATAL_ERROR
    "INSOMNIA_FUZZ needs clang (libFuzzer is part of clang; gcc has none), but the C "
    "compiler is ${CMAKE_C_COMPILER_ID} (${CMAKE_C_COMPILER}). Configure a separate build "
    "directory with -DCMAKE_C_COMPILER=clang, or use native/fuzz/run.sh. "
    "Debian: apt-get install clang libclang-rt-dev")
endif()
if(INSOMNIA_SANITIZE)
  message(FATAL_ERROR
    "INSOMNIA_FUZZ already builds with ASan and UBSan: leave INSOMNIA_SANITIZE off")
endif()

# The fuzzer runtime is packaged apart from the compiler on Debian (libclang-rt-NN-dev):
# without it clang compiles but cannot link, so say so here rather than at the first link.
include(CheckCSourceCompiles)
set(CMAKE_REQUIRED_FLAGS "-fsanitize=fuzzer,address,undefined")
set(CMAKE_REQUIRED_LINK_OPTIONS "-fsanitize=fuzzer,address,undefined")
check_c_source_compiles([[
#include <stddef.h>
#include <stdint.h>
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) { (void)data; (void)size; return 0; }
]] INSOMNIA_HAVE_LIBFUZZER)
unset(CMAKE_REQUIRED_FLAGS)
unset(CMAKE_REQUIRED_LINK_OPTIONS)
if(NOT INSOMNIA_HAVE_LIBFUZZER)
  message(FATAL_ERROR
    "${CMAKE_C_COMPILER} cannot link -fsanitize=fuzzer,address,undefined: the libFuzzer and "
    "sanitizer runtimes are missing (Debian: apt-get install libclang-rt-dev)")
endif()

add_compile_options(-fsanitize=fuzzer-no-link,address,undefined
                    -fno-sanitize-recover=undefined -fno-omit-frame-pointer -gline-tables-only)
add_compile_definitions(INSOMNIA_SANITIZE)
