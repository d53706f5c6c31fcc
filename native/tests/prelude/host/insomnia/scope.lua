local M = {}
function M.read_only() return { intent = "read_only" } end
function M.boom() error("boom in host") end
return M
