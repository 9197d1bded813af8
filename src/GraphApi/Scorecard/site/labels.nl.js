'use strict';
// Every word the scorecard page shows, in Dutch like the corpus and the report. An English page is a copy of
// this file with the values translated (and index.html's lang and script name changed).

const LABELS = {
  lang: 'nl',
  locale: 'nl-BE',
  siteTitle: 'Beloftetracker',
  siteIntro: 'Hoe goed werden de beloften van het regeerakkoord nagekomen? Per belofte het oordeel, de regel die het bepaalde en de beslissingen die het aantonen, met hun datum, stap en citaat.',
  nav: { label: 'Navigatie', overview: 'Alle bepalingen', explore: 'Verkennen', examples: 'Voorbeeldqueries', ide: 'GraphQL IDE' },

  loading: 'De scorecard wordt geladen …',
  slow: 'Dit duurt langer dan gewoonlijk; de API antwoordt traag. Even geduld …',
  failed: message => `De scorecard kon niet worden geladen: ${message}. De API is traag of onbereikbaar; probeer het straks opnieuw.`,
  timedOut: seconds => `de API antwoordde niet binnen ${seconds} seconden`,
  unreachable: 'de API is niet bereikbaar',
  httpError: status => `de API antwoordde met HTTP ${status}`,
  retry: 'Opnieuw proberen',

  clauseHeading: (number, title) => title ? `Bepaling ${number}: ${title}` : `Bepaling ${number}`,
  clauseText: 'Tekst van de bepaling',
  clauseVerdict: 'Oordeel over de bepaling',
  notFound: number => `Bepaling ${number} niet gevonden`,
  notFoundText: 'Deze bepalingen staan in de gegevens:',
  noClauses: 'Er staan geen bepalingen in de gegevens.',
  overviewHeading: 'Alle bepalingen',
  promiseCount: n => n === 1 ? '1 belofte' : `${n} beloften`,
  unknownPromise: (ordinal, number) => `Belofte ${ordinal} bestaat niet in bepaling ${number}. Hieronder staat de hele bepaling.`,

  summaryHeading: 'Samenvatting',
  summaryLabel: n => `Oordelen over de ${n} beloften`,

  statuses: {
    KEPT: { text: 'Nagekomen', symbol: '✓' },
    PARTLY: { text: 'Deels nagekomen', symbol: '◐' },
    IN_PROGRESS: { text: 'In uitvoering', symbol: '…' },
    NO_EVIDENCE: { text: 'Zonder bewijs', symbol: '?' },
    // The report's word for it too (FulfilmentRules: BROKEN, 'gebroken').
    BROKEN: { text: 'Gebroken', symbol: '✗' },
  },
  statusOrder: ['KEPT', 'PARTLY', 'IN_PROGRESS', 'BROKEN', 'NO_EVIDENCE'],

  // The rules of src/GraphApi.Schema/Scorecard/FulfilmentRules.cs, by name; a rule not listed here is shown with the API's own description.
  rules: {
    noEvidence: 'Geen enkele beslissing in het corpus voert deze belofte uit; dat wordt zo gemeld en niet aangevuld.',
    finalStep: 'Minstens één beslissing die de belofte uitvoert, is een eindstap.',
    trackCompleted: 'Een beslissing die de belofte uitvoert, is een vroege stap van een traject (voorontwerp → ontwerp → bekrachtiging) waarvan een latere stap een eindstap is.',
    onlyPreparatory: 'Elke beslissing die de belofte uitvoert, is een voorbereidende stap, en geen van hun trajecten heeft een eindstap bereikt.',
    promisesAlike: 'Alle beloften van de bepaling hebben hetzelfde oordeel, dus de bepaling ook.',
    promisesDiffer: 'De beloften van de bepaling hebben een verschillend oordeel.',
    noPromises: 'De bepaling heeft geen eigen beloften: ze wordt beoordeeld als een belofte, op de beslissingen die haar uitvoeren.',
  },
  ruleLabel: 'Regel',

  kinds: {
    preliminaryDraft: 'voorontwerp', draft: 'ontwerp', ratification: 'bekrachtiging', approvalInPrinciple: 'principiële goedkeuring',
    approval: 'goedkeuring', call: 'oproep', acknowledgement: 'kennisname',
  },
  facts: { date: 'Datum', step: 'Stap', stance: 'Richting', strength: 'Sterkte', why: 'Waarom', source: 'Bron' },
  steps: { FINAL: 'eindstap', PREPARATORY: 'voorbereidende stap' },
  stances: { SUPPORTS: 'ondersteunt de belofte', CONTRADICTS: 'spreekt de belofte tegen' },
  strengths: { DIRECT: 'rechtstreeks bewijs', INDIRECT: 'onrechtstreeks bewijs' },

  promiseHeading: ordinal => `Belofte ${ordinal}`,
  promisesHeading: 'De beloften',
  permalink: 'Vaste link naar deze belofte',
  evidenceHeading: n => n === 0 ? 'Bewijs' : n === 1 ? 'Bewijs: 1 beslissing' : `Bewijs: ${n} beslissingen`,
  noEvidence: 'Geen beslissing in het corpus voert deze belofte uit.',
  dateUnknown: 'datum onbekend',
  laterStep: 'latere stap van het traject van een beslissing die de belofte uitvoert',
  themis: 'Besluit in Themis',
  noThemis: 'geen Themis-link bekend',
  explore: 'Verken in de graaf',
  continuedHeading: 'Voortgezet in de beleidsnota 2024-2029',
  notContinued: 'De beleidsnota 2024-2029 zet deze belofte niet zichtbaar voort.',
  confidence: value => `zekerheid ${Math.round(value * 100)}%`,

  timelineHeading: 'Tijdlijn',
  timelineIntro: 'De beslissingen die de bepaling uitvoeren in de tijd, één rij per belofte, gemarkeerd per stap; beslissingen zonder datum staan apart rechts.',
  timelineDescription: (dated, undated, from, to, perPromise) =>
    `Tijdlijn: ${dated} gedateerde beslissingen${dated ? ` van ${from} tot ${to}` : ''} en ${undated} zonder datum. Beslissingen per belofte: ${perPromise}. De tabel noemt ze allemaal.`,
  undatedCount: n => `${n} zonder datum`,
  moneyHeading: 'Geld per jaar',
  moneyIntro: total => `Wat de beslissingen van de bepaling per jaar voorzien, elke euro één keer geteld. In totaal ${total}.`,
  moneyDescription: rows => `Staafdiagram van het geld per jaar: ${rows}.`,
  noMoney: 'De beslissingen van deze bepaling noemen geen bedragen.',
  yearUnknown: 'jaar onbekend',
  axes: { date: 'Datum', step: 'Stap', year: 'Jaar', amount: 'Bedrag (euro)' },

  showTable: 'Toon de cijfers als tabel',
  hideTable: 'Verberg de tabel',
  downloadSvg: 'Download SVG',
  downloadPng: 'Download PNG',
  downloadCsv: 'Download de scorecard als CSV',
  csvHint: 'Eén rij per belofte en beslissing; een belofte zonder bewijs heeft één rij.',
  tableColumns: {
    timeline: ['Belofte', 'Datum', 'Stap', 'Beslissing'],
    money: ['Jaar', 'Bedrag'],
  },
  csvColumns: ['bepaling', 'belofte', 'belofte_tekst', 'oordeel', 'regel', 'beslissing_id', 'beslissing', 'datum', 'stap', 'soort_stap', 'richting', 'sterkte', 'citaat', 'themis'],

  // d3-format and d3-time-format locale definitions for the charts' axes.
  numberLocale: { decimal: ',', thousands: '.', grouping: [3], currency: ['€ ', ''] },
  timeLocale: {
    dateTime: '%a %e %B %Y %X', date: '%d-%m-%Y', time: '%H:%M:%S', periods: ['', ''],
    days: ['zondag', 'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag'],
    shortDays: ['zo', 'ma', 'di', 'wo', 'do', 'vr', 'za'],
    months: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
    shortMonths: ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'],
  },
};
