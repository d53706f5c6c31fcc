-- expect: ok
-- attack: math.maxinteger where the schema has no upper bound (context window, output tokens), with a compaction ratio just below 1: the derived trigger must not overflow
return {
  slug = "maxint",
  model = { provider = "p", id = "m", context_window = math.maxinteger, max_output_tokens = math.maxinteger },
  compaction = { trigger_ratio = 0.9999999999999999 },
}
