# Tests.cmake: the native tests, run by ctest (and so by `mvn verify`).
#
# Every cases/*.lua states its expectation on its first line:
#   -- expect: ok <regex the JSON on stdout must match>
#   -- expect: error <code>            (the diagnostic's code on stderr)
#   -- args: ...                       (optional second line: extra smoke arguments)
# One ctest test per file; the file is the whole test.
file(GLOB _cases CONFIGURE_DEPENDS "${CMAKE_CURRENT_LIST_DIR}/cases/*.lua")
foreach(_case IN LISTS _cases)
  get_filename_component(_name "${_case}" NAME_WE)
  set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS "${_case}")
  file(STRINGS "${_case}" _head LIMIT_COUNT 2)
  list(GET _head 0 _expect)
  set(_args "")
  list(LENGTH _head _head_len)
  if(_head_len GREATER 1)
    list(GET _head 1 _second)
    if(_second MATCHES "^-- args: (.*)$")
      separate_arguments(_args UNIX_COMMAND "${CMAKE_MATCH_1}")
    endif()
  endif()
  if(_expect MATCHES "^-- expect: ok (.*)$")
    set(_regex "${CMAKE_MATCH_1}")
    add_test(NAME "smoke.${_name}" COMMAND insomnia-lua-smoke ${_args} "${_case}")
    set_tests_properties("smoke.${_name}" PROPERTIES PASS_REGULAR_EXPRESSION "${_regex}"
                         FAIL_REGULAR_EXPRESSION "error\\[|internal:")
  elseif(_expect MATCHES "^-- expect: error ([a-z.-]+)$")
    string(REPLACE "." "\\." _code "${CMAKE_MATCH_1}")
    add_test(NAME "smoke.${_name}" COMMAND insomnia-lua-smoke ${_args} "${_case}")
    set_tests_properties("smoke.${_name}" PROPERTIES
                         PASS_REGULAR_EXPRESSION "error\\[${_code}\\]"
                         FAIL_REGULAR_EXPRESSION "internal:|AddressSanitizer|runtime error:"
                         TIMEOUT 20)
  else()
    message(FATAL_ERROR "${_case}: first line must be '-- expect: ok REGEX' or "
                        "'-- expect: error CODE'")
  endif()
  # Again, evaluated a second time from the chunks the first run compiled and kept: the
  # smoke binary fails (internal:) unless both outcomes agree, and the second is judged.
  get_test_property("smoke.${_name}" PASS_REGULAR_EXPRESSION _pass)
  get_test_property("smoke.${_name}" FAIL_REGULAR_EXPRESSION _fail)
  add_test(NAME "cached.${_name}" COMMAND insomnia-lua-smoke ${_args} --cache "${_case}")
  set_tests_properties("cached.${_name}" PROPERTIES PASS_REGULAR_EXPRESSION "${_pass}"
                       FAIL_REGULAR_EXPRESSION "${_fail}" TIMEOUT 40)
endforeach()

# A line number past INT_MAX stays part of the message (the case's header explains).
set_tests_properties(smoke.runtime_error_line_overflow PROPERTIES
                     PASS_REGULAR_EXPRESSION "error\\[lua\\.runtime\\]: a:4294967297: b\n")

# An empty error message is replaced: a diagnostic always says something.
set_tests_properties(smoke.runtime_error_empty_message PROPERTIES
                     PASS_REGULAR_EXPRESSION "error\\[lua\\.runtime\\]: the error message is empty\n")

# The host modules' Lua sources (profiles/, served by Java in production) through the smoke
# binary's --host-modules: host/*.lua are small profiles using them. Only modules that need
# no data from Java: insomnia.models reads its catalog from the host.
set(_host_modules
    "${CMAKE_CURRENT_LIST_DIR}/../../profiles/src/main/resources/dev/insomnia/profiles/host")
function(host_modules_test name pass_regex)
  add_test(NAME "host.${name}"
           COMMAND insomnia-lua-smoke --host-modules "${_host_modules}"
                   "${CMAKE_CURRENT_LIST_DIR}/host/${name}.lua")
  set_tests_properties("host.${name}" PROPERTIES PASS_REGULAR_EXPRESSION "${pass_regex}"
                       FAIL_REGULAR_EXPRESSION "internal:|AddressSanitizer|runtime error:")
endfunction()
host_modules_test(host_modules
  "{\"compaction\":{\"trigger_tokens\":150000},\"env\":{\"API_TOKEN\":{\"secret_env\":\"API_TOKEN\"}},\"model\":{[^}]*},\"same\":true,\"scope\":{\"intent\":\"workspace_write\",\"protect\":\\[\"\\.git\",\"secrets\"\\]},\"slug\":\"smoke\"}")
set_tests_properties(host.host_modules PROPERTIES
                     FAIL_REGULAR_EXPRESSION "error\\[|internal:|AddressSanitizer|runtime error:")
host_modules_test(host_modules_frozen
  "error\\[sandbox\\.denied\\]: cannot assign to 'read_only' of a host module")
host_modules_test(host_modules_argument
  "error\\[lua\\.runtime\\]: compact\\.ratio\\(r\\) expects a number strictly between 0 and 1 \\(such as 0\\.8\\), got 1\\.5\n  --> host_modules_argument\\.lua:4")
host_modules_test(host_modules_profile_return
  "error\\[profile\\.return\\]: profile { \\.\\.\\. } expects a table of Profile fields, got string\n  --> host_modules_profile_return\\.lua:3")

# Only ins_* symbols are exported by the shared library.
add_test(NAME native.exports
         COMMAND ${CMAKE_COMMAND} -DLIBRARY=$<TARGET_FILE:insomnia_lua>
                 -P "${CMAKE_CURRENT_LIST_DIR}/CheckExports.cmake")

# The shim is compiled for link-time optimization when the build enables it (CMakeLists.txt).
if(INSOMNIA_LTO_ENABLED)
  add_test(NAME native.lto
           COMMAND ${CMAKE_COMMAND} "-DOBJECTS=$<JOIN:$<TARGET_OBJECTS:insomnia_shim>,|>"
                   -P "${CMAKE_CURRENT_LIST_DIR}/CheckLto.cmake")
endif()

# The step-budgeted pattern matcher agrees with the reference library.
add_executable(pattern_diff "${CMAKE_CURRENT_LIST_DIR}/pattern_diff.c"
               $<TARGET_OBJECTS:insomnia_shim>)
target_include_directories(pattern_diff PRIVATE "${CMAKE_CURRENT_LIST_DIR}/../include"
                           "${CMAKE_CURRENT_LIST_DIR}/../src")
target_link_libraries(pattern_diff PRIVATE lua54)
add_test(NAME native.pattern_diff COMMAND pattern_diff)
set_tests_properties(native.pattern_diff PROPERTIES TIMEOUT 120)

# A C unit test of the shim: its own executable over the shim's objects, passing when it
# prints "NAME: all passed" and no sanitizer speaks. INCLUDE is the header folder it needs.
function(shim_unit_test name include)
  add_executable(${name} "${CMAKE_CURRENT_LIST_DIR}/${name}.c" $<TARGET_OBJECTS:insomnia_shim>)
  target_include_directories(${name} PRIVATE "${CMAKE_CURRENT_LIST_DIR}/../${include}")
  target_link_libraries(${name} PRIVATE lua54)
  set_target_properties(${name} PROPERTIES C_STANDARD 11 C_EXTENSIONS OFF)
  target_compile_options(${name} PRIVATE -Wall -Wextra -Werror)
  string(REGEX REPLACE "_test$" "" short "${name}")
  add_test(NAME native.${short} COMMAND ${name})
  set_tests_properties(native.${short} PROPERTIES PASS_REGULAR_EXPRESSION "${name}: all passed"
                       FAIL_REGULAR_EXPRESSION "AddressSanitizer|LeakSanitizer|runtime error:")
endfunction()
# The compiled-chunk API: kept chunks run as their text does; outside bytecode never loads.
shim_unit_test(chunk_test include)
# The arena's size classes: the lookup table agrees with the class sizes.
shim_unit_test(arena_test src)
# The canonical JSON encoder against the straightforward encoder it replaced.
shim_unit_test(json_test include)
set_tests_properties(native.json PROPERTIES TIMEOUT 120)

# Host modules compiled once into a prelude and loaded from bytecode.
add_test(NAME smoke.prelude
         COMMAND insomnia-lua-smoke --host-modules "${CMAKE_CURRENT_LIST_DIR}/prelude/host"
                 "${CMAKE_CURRENT_LIST_DIR}/prelude/uses_prelude.lua")
set_tests_properties(smoke.prelude PROPERTIES
  PASS_REGULAR_EXPRESSION [[{"err":"insomnia/scope.lua:3: boom in host","scope":{"intent":"read_only"},"version":"test","writable":false}]]
  FAIL_REGULAR_EXPRESSION "error\\[|internal:|AddressSanitizer|runtime error:")

# The hostile-profile corpus (tests/hostile/) through the smoke binary.
include(${CMAKE_CURRENT_LIST_DIR}/HostileCorpus.cmake)
