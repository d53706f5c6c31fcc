# HostileCorpus.cmake: the hostile-profile corpus (tests/hostile/*.lua, docs/security.md)
# through the smoke binary, one ctest test per case, so that AddressSanitizer and
# UndefinedBehaviorSanitizer see every case too (the ctest-sanitized run).
#
# The corpus's own runner is the Java pipeline (tests/.../HostileCorpusTest). Here the pass
# criterion is: no crash, no sanitizer report, no leak, bounded (TIMEOUT). Beyond that:
#   -- expect: ok              exit 0
#   -- expect: profile.*       exit 0 or 3: these codes are made in Java from the native
#                              lua.syntax, lua.runtime, lua.result or a value the schema refuses
#   -- expect: CODE            exit 3 with error[CODE]: limit.*, sandbox.denied, require.*
#   -- limits: ...             passed on as --memory, --instructions, --time-ms
#   -- native: skip            registered but disabled: the case needs the model catalog
#                              (served by Java) or symlinks (made by the Java runner)
set(_hostile_dir "${CMAKE_CURRENT_LIST_DIR}/../../tests/hostile")
set(_hostile_host
    "${CMAKE_CURRENT_LIST_DIR}/../../profiles/src/main/resources/dev/insomnia/profiles/host")
file(GLOB _hostile_cases CONFIGURE_DEPENDS "${_hostile_dir}/*.lua")
foreach(_case IN LISTS _hostile_cases)
  get_filename_component(_name "${_case}" NAME_WE)
  set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS "${_case}")
  file(STRINGS "${_case}" _directives REGEX "^-- (expect|limits|native): ")
  set(_expect "")
  set(_limits "")
  set(_skip FALSE)
  foreach(_line IN LISTS _directives)
    if(_line MATCHES "^-- expect: ([a-z.-]+)$")
      set(_expect "${CMAKE_MATCH_1}")
    elseif(_line MATCHES "^-- limits: (.*)$")
      set(_limits "${CMAKE_MATCH_1}")
    elseif(_line STREQUAL "-- native: skip")
      set(_skip TRUE)
    endif()
  endforeach()
  if(_expect STREQUAL "")
    message(FATAL_ERROR "${_case}: the first line must be '-- expect: CODE' or '-- expect: ok'")
  endif()
  set(_memory 0)
  set(_instructions 0)
  set(_time 0)
  if(_limits MATCHES "memory=([0-9]+)")
    set(_memory "${CMAKE_MATCH_1}")
  endif()
  if(_limits MATCHES "instructions=([0-9]+)")
    set(_instructions "${CMAKE_MATCH_1}")
  endif()
  if(_limits MATCHES "time=([0-9]+)")
    set(_time "${CMAKE_MATCH_1}")
  endif()
  add_test(NAME "hostile.${_name}"
           COMMAND ${CMAKE_COMMAND}
                   -DSMOKE=$<TARGET_FILE:insomnia-lua-smoke> -DHOST=${_hostile_host}
                   -DCASE=${_case} -DEXPECT=${_expect} -DMEMORY=${_memory}
                   -DINSTRUCTIONS=${_instructions} -DTIME_MS=${_time}
                   -P "${CMAKE_CURRENT_LIST_DIR}/HostileCase.cmake")
  set_tests_properties("hostile.${_name}" PROPERTIES TIMEOUT 60 DISABLED ${_skip})
endforeach()
