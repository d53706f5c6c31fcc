# Fuzz.cmake: the libFuzzer targets (INSOMNIA_FUZZ builds only; flags in FuzzFlags.cmake).
#   fuzz_eval     the input is a profile: ins_eval_run under tight limits, with a require
#                 callback serving fixed modules, and the outcome checked against the API's
#                 promises (fuzz_eval.c)
#   fuzz_pattern  the input is a pattern and a subject: the step-budgeted matcher against
#                 the reference string library, results compared (fuzz_pattern.c)
# native/fuzz/run.sh configures, builds and runs them.
function(insomnia_fuzz_target name)
  add_executable(${name} "${CMAKE_CURRENT_SOURCE_DIR}/fuzz/${name}.c"
                 $<TARGET_OBJECTS:insomnia_shim>)
  target_include_directories(${name} PRIVATE include src)
  target_link_libraries(${name} PRIVATE lua54)
  target_link_options(${name} PRIVATE -fsanitize=fuzzer,address,undefined)
  set_target_properties(${name} PROPERTIES C_STANDARD 11 C_EXTENSIONS OFF)
  target_compile_options(${name} PRIVATE -Wall -Wextra -Werror)
endfunction()

insomnia_fuzz_target(fuzz_eval)
insomnia_fuzz_target(fuzz_pattern)

# Each target replays its checked-in seeds once (-runs=0 runs every input, mutates none):
# `ctest` in the fuzz build directory is the quick check that the harnesses themselves hold.
enable_testing()
foreach(_target fuzz_eval fuzz_pattern)
  string(REPLACE "fuzz_" "" _corpus "${_target}")
  add_test(NAME "fuzz.${_corpus}.seeds"
           COMMAND ${_target} -runs=0 "${CMAKE_CURRENT_SOURCE_DIR}/fuzz/corpus/${_corpus}")
endforeach()
