return {1, 2.5, -0.0, 1e300, math.maxinteger, math.mininteger, 3 // 2, 7 % -3, 2^53, 1/3, "\u{10FFFF}", "a\0b\t\"\\"}
