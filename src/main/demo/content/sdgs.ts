/**
 * The SDG targets the MIRE programme adopts (goals 3, 4, 5, 8, 9, 11 and 13). Titles and target texts
 * are the official ones every project carries (services/sdg/sdg-reference.ts).
 */
export const adoptedTargets: string[] = [
  '3.4', '3.6', '3.8', '3.9',
  '4.3', '4.4', '4.5', '4.7',
  '5.1', '5.4', '5.5', '5.b', '5.c',
  '8.2', '8.3', '8.5', '8.8',
  '9.1', '9.3', '9.5', '9.c',
  '11.2', '11.3', '11.6', '11.7',
  '13.1', '13.2', '13.3'
]
