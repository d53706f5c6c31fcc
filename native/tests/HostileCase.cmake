# HostileCase.cmake: runs one hostile case through the smoke binary and judges the run
# (cmake -P; see HostileCorpus.cmake for what passes). --cache: the case runs twice, the second
# time from the chunks the first compiled, and both outcomes must agree (internal: otherwise).
#   -DSMOKE=binary -DHOST=host-modules-dir -DCASE=file.lua -DEXPECT=ok|CODE
#   -DMEMORY=bytes -DINSTRUCTIONS=n -DTIME_MS=ms  (0: the default)
execute_process(
  COMMAND "${SMOKE}" --memory ${MEMORY} --instructions ${INSTRUCTIONS} --time-ms ${TIME_MS}
          --host-modules "${HOST}" --cache "${CASE}"
  RESULT_VARIABLE rc
  OUTPUT_VARIABLE out
  ERROR_VARIABLE err)
string(SUBSTRING "${err}" 0 2000 shown)
set(report "exit: ${rc}\nstderr (first 2000 bytes):\n${shown}")
foreach(alarm "AddressSanitizer" "LeakSanitizer" "runtime error:" "internal:")
  string(FIND "${err}" "${alarm}" at)
  if(NOT at EQUAL -1)
    message(FATAL_ERROR "'${alarm}' reported\n${report}")
  endif()
endforeach()
if(EXPECT STREQUAL "ok")
  if(NOT rc STREQUAL "0")
    message(FATAL_ERROR "expected success (exit 0)\n${report}")
  endif()
elseif(EXPECT MATCHES "^profile\\.")
  if(NOT rc STREQUAL "0" AND NOT rc STREQUAL "3")
    message(FATAL_ERROR "expected exit 0 or 3\n${report}")
  endif()
else()
  string(FIND "${err}" "error[${EXPECT}]" at)
  if(NOT rc STREQUAL "3" OR at EQUAL -1)
    message(FATAL_ERROR "expected exit 3 with error[${EXPECT}]\n${report}")
  endif()
endif()
