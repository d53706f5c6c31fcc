-- expect: error limit.time
-- args: --memory 8388608 --instructions 1000000000000 --time-ms 250
-- Found by fuzz_eval (a mutation of tests/hostile/cpu_rep_loop.lua): each call makes 1 MiB
-- in C, which the hook does not count, and the hook read the clock only every 1,000
-- instructions, about 200 calls; under the fuzzer's ASan build one such interval ran past
-- its 10 s timeout. Large allocations now read the clock and make the hook raise at the
-- next instruction (fuzz/run.sh replays this file, so a regression is a fuzz timeout).
while true do local s = ("x"):rep(1 << 20) end
