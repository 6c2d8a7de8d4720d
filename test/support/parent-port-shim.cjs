// TEST-ONLY: gives a Node child process the `process.parentPort` that Electron gives utility
// processes (messages arrive as { data }), on top of Node's IPC channel.
const listeners = []
process.on('message', (data) => {
  for (const l of listeners) l({ data })
})
process.parentPort = {
  postMessage: (message) => process.send(message),
  on: (event, listener) => {
    if (event === 'message') listeners.push(listener)
  }
}
