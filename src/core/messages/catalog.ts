// Messages of the catalog aggregation (core/catalog.ts) and of the round's live catalog.
import { defineMessages } from './define.ts';

export const catalogMessages = defineMessages({
  'catalog.committee-ambiguous': (p: { ref: string; committees: string; chosen: string }) =>
    `${p.ref} har fremstillende forvaltninger under flere udvalg (${p.committees}); forslaget er henført til ${p.chosen}. Angiv udvalget eksplicit, hvis det er forkert.`,
  'catalog.no-economy': (p: { ref: string }) => `${p.ref} har ingen økonomitabel; rækken er tom.`,
  'catalog.economy-unreadable': (p: { ref: string; reason: string }) =>
    `${p.ref} er ikke med i kataloget: ${p.reason}`,
  'catalog.no-committee': (p: { ref: string; title: string }) =>
    `${p.ref} "${p.title}" er ikke med i kataloget: forslaget kan ikke henføres til et udvalg.`,
  'catalog.not-built': (p: { reason: string }) => `Kataloget (Tabel 1 og 2) er ikke dannet: ${p.reason}`,
});
