// govgraph UI entry: the nav bar, the language toggle and the hash router.

import './style.css';
import { makeApp, type App, type View, type ViewFactory } from './app';
import { clear, h } from './dom';
import { isLang, translate, type Lang, type MessageKey } from './i18n';
import { api } from './api';
import { decodeRoute, encodeRoute, patchParams, SCOPED_VIEWS, VIEWS, type ViewName } from './state';
import type { DocumentInfo } from './types';
import { openingJurisdiction } from './views/common';
import { bottleneckView } from './views/bottleneck';
import { compareView } from './views/compare';
import { cypherView } from './views/cypher';
import { documentsView } from './views/documents';
import { exploreView } from './views/explore';
import { ledgerView } from './views/ledger';
import { networkView } from './views/network';
import { portfolioView } from './views/portfolio';
import { qualityView } from './views/quality';
import { matrixView, sankeyView, structureView } from './views/simple';
import { trendsView } from './views/trends';

const FACTORIES: Record<ViewName, ViewFactory> = {
  network: networkView,
  matrix: matrixView,
  portfolio: portfolioView,
  sankey: sankeyView,
  bottleneck: bottleneckView,
  compare: compareView,
  trends: trendsView,
  structure: structureView,
  explore: exploreView,
  ledger: ledgerView,
  documents: documentsView,
  quality: qualityView,
  cypher: cypherView,
};

const nav = document.getElementById('nav')!;
const langButton = document.getElementById('lang') as HTMLButtonElement;
const main = document.getElementById('view')!;

let current: { view: ViewName; lang: Lang; app: App; instance: View } | undefined;

/** The documents list of the API client's cache, once it has arrived (a new list after an upload or delete). */
let known: { list: Promise<DocumentInfo[]>; docs: DocumentInfo[] } | undefined;

function route(): void {
  const r = decodeRoute(location.hash);
  const view = r.view as ViewName;
  if (SCOPED_VIEWS.includes(view) && r.params.jurisdiction === undefined) {
    // On documents of several jurisdictions a scoped view opens on one, put in the URL (replacing the entry) before it asks for data.
    const list = api.documents();
    if (known?.list !== list) {
      const hash = location.hash;
      const settle = (docs: DocumentInfo[]) => {
        known = { list, docs };
        if (location.hash === hash) route();
      };
      list.then(settle, () => settle([])); // a failing list: the view opens unscoped and says what failed
      return;
    }
    const j = openingJurisdiction(known.docs, r.params);
    if (j) {
      r.params.jurisdiction = j;
      history.replaceState(null, '', encodeRoute(r));
    }
  }
  const lang: Lang = isLang(r.params.lang) ? r.params.lang : 'zh';
  renderNav(view, lang, r.params.document, SCOPED_VIEWS.includes(view) ? r.params.jurisdiction : undefined);
  if (current && current.view === view && current.lang === lang) {
    current.app.params = r.params;
    current.instance.update(r.params);
    return;
  }
  current?.instance.destroy();
  clear(main);
  document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  document.title = `${translate(lang, `nav.${view}` as MessageKey)} · govgraph`;
  const root = h('div', { class: `view view-${view}`, 'data-testid': `view-${view}` });
  main.append(root);
  const app = makeApp(view, r.params, lang, route);
  current = { view, lang, app, instance: FACTORIES[view](root, app) };
}

function renderNav(active: ViewName, lang: Lang, documentID: string | undefined, jurisdiction: string | undefined): void {
  clear(nav);
  for (const v of VIEWS) {
    // Links keep the language and the document filter across views, and the jurisdiction across the scoped ones.
    const params: Record<string, string> = documentID ? { document: documentID } : {};
    if (jurisdiction && SCOPED_VIEWS.includes(v)) params.jurisdiction = jurisdiction;
    if (lang === 'en') params.lang = lang;
    nav.append(h('a', { href: encodeRoute({ view: v, params }), class: v === active ? 'active' : undefined, 'data-testid': `nav-${v}`, 'aria-current': v === active ? 'page' : undefined }, translate(lang, `nav.${v}` as MessageKey)));
  }
  langButton.textContent = translate(lang, 'lang.switch');
  langButton.onclick = () => {
    const r = decodeRoute(location.hash);
    location.hash = encodeRoute({ view: r.view, params: patchParams(r.params, { lang: lang === 'zh' ? 'en' : undefined }) });
  };
}

window.addEventListener('hashchange', route);
window.addEventListener('popstate', route);
route();
