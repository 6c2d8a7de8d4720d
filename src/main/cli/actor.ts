/** Who is acting on the command line: recorded in the operation log and on codings. */
export function actorName(): string {
  return process.env.ESITI_USER || process.env.USER || process.env.USERNAME || 'esiti'
}
