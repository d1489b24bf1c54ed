// The short pre-analysis (foranalyse) format of domain.md §3: one page with the headings
// Problemstilling/motivation for forslaget, Analysedesign, Organisering, Økonomi and Videre proces;
// the money asked for is stated in the Økonomi prose ("samlet 1,043 mio. kr.").
import { formatAmount } from '../../../core/amount.ts';
import type { Proposal } from '../../../core/model.ts';
import type { Block } from './layout.ts';
import { administrationName } from './names.ts';
import { findSection, prose } from './proposal.ts';

export const PRE_ANALYSIS_HEADINGS = [
  'Problemstilling/motivation for forslaget',
  'Analysedesign',
  'Organisering',
  'Økonomi',
  'Videre proces',
] as const;

/** The amount as the prose states it: "1,043 mio. kr." (exact, no rounding). */
export function requestedAmountText(kroner: number): string {
  return `${formatAmount(kroner, 'mio.kr')} mio. kr.`;
}

export function preAnalysisBlocks(p: Proposal, banner: string[]): Block[] {
  const blocks: Block[] = [{ kind: 'pageBreak' }, { kind: 'banner', lines: banner }];
  blocks.push({ kind: 'para', text: p.title, lead: `${p.ref} `, keepLead: true }, { kind: 'blank' });
  if (p.presentingAdministrations.length > 0) {
    const names = p.presentingAdministrations.map(administrationName).join(', ');
    blocks.push(
      { kind: 'para', text: names, lead: 'Fremstillende forvaltning: ', keepLead: true },
      { kind: 'blank' },
    );
  }
  for (const heading of PRE_ANALYSIS_HEADINGS) {
    blocks.push({ kind: 'line', text: heading, template: true });
    const section = findSection(p.sections, heading);
    let body = section?.text ?? '';
    if (heading === PRE_ANALYSIS_HEADINGS[0] && body === '') body = p.summary ?? '';
    if (heading === 'Økonomi' && p.requestedAmount !== null) {
      const stated = `Der søges om samlet ${requestedAmountText(p.requestedAmount)} til foranalysen.`;
      body = body === '' ? stated : `${body}\n\n${stated}`;
    }
    blocks.push(...(body === '' ? [{ kind: 'blank' } as Block] : prose(body)));
  }
  return blocks;
}
