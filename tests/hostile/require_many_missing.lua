-- expect: require.not-found
-- attack: 500 distinct modules that do not exist, each refusal caught, then one more uncaught
for i = 1, 500 do pcall(require, "require_generated.m" .. i) end
return require("require_generated.last")
