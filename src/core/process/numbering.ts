// New proposals are numbered by the round: "Forslag N" after the highest "Forslag" number in it
// (refs that follow another pattern, "BC01", are left alone and do not count).
export function nextProposalRef(existing: Iterable<string>): string {
  let highest = 0;
  for (const ref of existing) {
    const m = /^Forslag\s+(\d{1,6})$/i.exec(ref.trim());
    if (m) highest = Math.max(highest, Number(m[1]));
  }
  return `Forslag ${highest + 1}`;
}
