-- wrk script: candidates autosaving their writing test, each save with a higher sequence
-- number; counts every reply that is not a 200 with status "saved".
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
sessions, next_session, failures, saved = nil, 0, 0, 0
local text = string.rep("Dear Ms. Okafor, thank you for the time you gave us on Tuesday. ", 30)

function init(args)
  sessions = sessions_lib.load(args[1], tid, tonumber(args[2]))
  next_session, failures, saved = 0, 0, 0
end

function request()
  next_session = next_session % #sessions + 1
  local s = sessions[next_session]
  s.seq = s.seq + 1
  local body = '{"seq":' .. s.seq .. ',"text":"' .. text .. s.seq .. '"}'
  return wrk.format("POST", "/assessments/take/writing/save", {
    ["Content-Type"] = "application/json",
    ["Accept"] = "application/json",
    ["Cookie"] = s.cookie,
    ["X-CSRFToken"] = s.csrf,
  }, body)
end

function response(status, headers, body)
  if status == 200 and body:find('"status":%s*"saved"') then
    saved = saved + 1
  else
    failures = failures + 1
  end
end

function done(summary, latency, requests)
  local total_failures, total_saved = 0, 0
  for _, thread in ipairs(threads) do
    total_failures = total_failures + thread:get("failures")
    total_saved = total_saved + thread:get("saved")
  end
  io.write(string.format("SAVED %d\nFAILED %d\n", total_saved, total_failures))
end
