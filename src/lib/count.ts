/** "1 update", "3 updates", "1,250 commitments": a number with its noun, singular or plural. */
export function countOf(count: number, one: string, many: string): string {
  return `${count.toLocaleString("en")} ${count === 1 ? one : many}`;
}
