-- wrk script: candidates finish their writing test: the first time a session comes round it
-- saves its letter, the second time it hands it in, every later time it reads its test page
-- (the receipt). Counts hand-ins acknowledged and every reply that is not a 200.
package.path = package.path .. ";bench/lua/?.lua"
local sessions_lib = require("sessions")

local threads = {}
local counter = 1

function setup(thread)
  thread:set("tid", counter - 1)
  counter = counter + 1
  table.insert(threads, thread)
end

-- Globals, so that done() can read them from each thread.
sessions, next_session, failures, submitted = nil, 0, 0, 0

function init(args)
  sessions = sessions_lib.load(args[1], tid, tonumber(args[2]))
  next_session, failures, submitted = 0, 0, 0
end

local text = string.rep("Dear Ms. Okafor, thank you for the time you gave us on Tuesday. ", 30)

local function post(path, s, body)
  return wrk.format("POST", path, {
    ["Content-Type"] = "application/json",
    ["Accept"] = "application/json",
    ["Cookie"] = s.cookie,
    ["X-CSRFToken"] = s.csrf,
  }, body)
end

function request()
  next_session = next_session % #sessions + 1
  local s = sessions[next_session]
  s.turn = (s.turn or 0) + 1
  if s.turn == 1 then
    return post("/assessments/take/writing/save", s, '{"seq":1001,"text":"' .. text .. '"}')
  elseif s.turn == 2 then
    return post("/assessments/take/writing/submit", s, "{}")
  end
  return wrk.format("GET", "/assessments/take/writing", {["Cookie"] = s.cookie})
end

function response(status, headers, body)
  if status ~= 200 then
    failures = failures + 1
  elseif body:find('"submitted_at"') then
    submitted = submitted + 1
  end
end

function done(summary, latency, requests)
  local total_failures, total_submitted = 0, 0
  for _, thread in ipairs(threads) do
    total_failures = total_failures + thread:get("failures")
    total_submitted = total_submitted + thread:get("submitted")
  end
  io.write(string.format("SUBMITTED %d\nFAILED %d\n", total_submitted, total_failures))
end
