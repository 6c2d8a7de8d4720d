/** The two lists Esiti reads from the `stopword` package (v3 ships no type declarations). */
declare module 'stopword' {
  export const ita: string[]
  export const eng: string[]
}
