-- Shared by the load scripts: each wrk thread takes its own slice of candidate sessions
-- (one "cookie<TAB>csrf" line each) so that no two threads write as the same candidate.
local M = {}

function M.load(path, tid, nthreads)
  local sessions = {}
  local index = 0
  for line in io.lines(path) do
    if index % nthreads == tid then
      local cookie, csrf = line:match("^(.-)\t(.*)$")
      table.insert(sessions, {cookie = cookie, csrf = csrf, seq = 1000})
    end
    index = index + 1
  end
  if #sessions == 0 then
    -- Fewer sessions than threads (one staff login): read-only pages may share them.
    return M.load(path, 0, 1)
  end
  return sessions
end

return M
