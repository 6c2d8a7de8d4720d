/**
 * better-sqlite3-multiple-ciphers' own typings describe an older better-sqlite3; its API is
 * better-sqlite3's (plus key/rekey, typed where encryption.ts uses them).
 */
declare module 'better-sqlite3-multiple-ciphers' {
  import Database from 'better-sqlite3'
  export default Database
}
