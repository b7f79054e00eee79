// The explorer page: controls for the scenario's assumptions, each change re-run on the server with
// the scenario's seed (POST /api/view), and the file to save (POST /api/save). No library, no network
// but this server.
'use strict';

const state = {info: null, controls: {}, overrides: {}, inflight: false, pending: false, version: 0};

function el(tag, attrs, text) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v !== null && v !== undefined) e.setAttribute(k, v);
  }
  if (text !== undefined) e.textContent = text;
  return e;
}

async function api(path, body) {
  const init = body === undefined ? {} : {method: 'POST', headers: {'Content-Type': 'application/json'}, body: JSON.stringify(body)};
  const r = await fetch(path, init);
  const text = await r.text();
  if (!r.ok) {
    let msg = text;
    try {
      const p = JSON.parse(text).problems;
      msg = p.slice(0, 3).join('\n') + (p.length > 3 ? '\n… and ' + (p.length - 3) + ' more of the same kind' : '');
    } catch (e) { /* not JSON */ }
    throw new Error(msg);
  }
  return text;
}

// ---- values -----------------------------------------------------------------------------------

function parseText(s) {
  const t = s.trim();
  if (t === '') return null;
  if (/^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?$/.test(t)) return Number(t);
  if (t === 'true' || t === 'false') return t === 'true';
  return t;
}

function show(v) {
  return v === null || v === undefined ? '(not set)' : String(v);
}

function current(path) {
  if (path in state.overrides) return state.overrides[path];
  const c = state.controls[path];
  return c ? c.spec.value : null;
}

// Whether a control's value is the file's: the same text, or the same number (0.10 and 0.1).
function same(value, fileValue) {
  if (value === null || fileValue === null) return value === fileValue;
  if (String(value) === String(fileValue)) return true;
  const a = String(value).trim();
  const b = String(fileValue).trim();
  return a !== '' && b !== '' && !isNaN(Number(a)) && !isNaN(Number(b)) && Number(a) === Number(b);
}

// Sets an override; a value back at the file's drops it, so the list shows only real changes.
function set(path, value) {
  const c = state.controls[path];
  if (c && same(value, follows(c) ? current('assumed_deadline') : c.spec.value)) {
    delete state.overrides[path];
  } else {
    state.overrides[path] = value;
  }
  afterChange(path);
  refresh();
}

function afterChange(path) {
  const m = /^corridors\.([^.]+)\.model\.kind$/.exec(path);
  if (m) {
    const id = m[1];
    const kind = current(path);
    const fileKind = state.controls[path].spec.value;
    for (const p of Object.keys(state.overrides)) {
      if (p.startsWith('corridors.' + id + '.model.params')) delete state.overrides[p];
    }
    const hadParams = Object.values(state.controls).some(c => c.spec.path.startsWith('corridors.' + id + '.model.params.') && c.spec.value !== null);
    if (kind !== fileKind && hadParams) state.overrides['corridors.' + id + '.model.params'] = null;
  }
  if (path === 'simulation.shocks.type') {
    const type = current(path);
    const df = state.controls['simulation.shocks.df'];
    delete state.overrides['simulation.shocks.df'];
    if (type !== df.spec.value && type === 't' && df.spec.value === null) state.overrides['simulation.shocks.df'] = 5;
    if (type !== 't' && df.spec.value !== null) state.overrides['simulation.shocks.df'] = null;
  }
  if (path === 'simulation.jumps.probability' && Number(current(path)) === 0) {
    delete state.overrides['simulation.jumps.mean'];
    delete state.overrides['simulation.jumps.sd'];
  }
  syncControls();
}

// ---- controls ---------------------------------------------------------------------------------

function buildControls() {
  const box = document.getElementById('controls');
  box.textContent = '';
  state.controls = {};
  const groups = {};
  for (const spec of state.info.controls) {
    if (!groups[spec.group]) {
      const fs = el('fieldset');
      fs.appendChild(el('legend', {}, spec.group));
      box.appendChild(fs);
      groups[spec.group] = fs;
    }
    groups[spec.group].appendChild(control(spec));
  }
  syncControls();
}

function control(spec) {
  const row = el('div', {class: 'control', 'data-path': spec.path});
  const id = 'c-' + spec.path.replace(/[^A-Za-z0-9_-]/g, '_');
  row.appendChild(el('label', {for: id}, spec.label));
  let input;
  let out = null;
  if (spec.type === 'int' || spec.type === 'number') {
    input = el('input', {type: 'range', id, min: spec.min, max: spec.max, step: spec.step, value: spec.value, 'data-path': spec.path});
    out = el('output', {for: id}, spec.value);
    input.addEventListener('input', () => {
      out.textContent = input.value;
      set(spec.path, spec.type === 'int' ? parseInt(input.value, 10) : Number(input.value));
    });
  } else if (spec.type === 'bool') {
    input = el('input', {type: 'checkbox', id, 'data-path': spec.path});
    input.checked = spec.value === 'true';
    input.addEventListener('change', () => set(spec.path, input.checked));
  } else if (spec.type === 'select') {
    input = el('select', {id, 'data-path': spec.path});
    for (const o of spec.options) input.appendChild(el('option', {value: o}, o));
    input.value = spec.value;
    input.addEventListener('change', () => set(spec.path, input.value));
  } else {
    input = el('input', {type: 'text', id, 'data-path': spec.path, size: 8, placeholder: 'fitted'});
    input.value = spec.value === null ? '' : spec.value;
    input.addEventListener('change', () => set(spec.path, parseText(input.value)));
  }
  row.appendChild(input);
  row.appendChild(out || el('span'));
  if (spec.note) row.appendChild(el('span', {class: 'note'}, spec.note));
  state.controls[spec.path] = {spec, row, input, out};
  return row;
}

// Whether a corridor's deadline is the assumed one, which moves with assumed_deadline until set.
function follows(c) {
  return c.spec.note !== null && c.spec.note.startsWith('assumed');
}

// Shows each control's current value, marks the changed ones, and disables what does not apply.
function syncControls() {
  for (const c of Object.values(state.controls)) {
    const p = c.spec.path;
    let v = current(p);
    if (follows(c) && !(p in state.overrides)) v = current('assumed_deadline');
    if (c.spec.type === 'bool') c.input.checked = String(v) === 'true';
    else if (c.spec.type === 'text') { if (document.activeElement !== c.input) c.input.value = v === null ? '' : v; }
    else if (document.activeElement !== c.input) c.input.value = v;
    if (c.out) c.out.textContent = v;
    c.row.classList.toggle('changed', p in state.overrides);
    let off = false;
    const lever = /^levers\.([^.]+)\.(probability|start_year|delay_mean_years)$/.exec(p);
    if (lever) off = String(current('levers.' + lever[1] + '.enabled')) !== 'true';
    const params = /^corridors\.([^.]+)\.model\.params\./.exec(p);
    if (params) {
      const k = 'corridors.' + params[1] + '.model.kind';
      off = current(k) !== state.controls[k].spec.value;
    }
    if (p === 'simulation.jumps.mean' || p === 'simulation.jumps.sd') off = Number(current('simulation.jumps.probability')) === 0;
    if (p === 'simulation.shocks.df') off = current('simulation.shocks.type') !== 't';
    c.input.disabled = off;
    c.row.classList.toggle('off', off);
  }
  const list = document.getElementById('changes');
  list.textContent = '';
  const info = state.info;
  if (info.paths !== info.file_paths && !('simulation.paths' in state.overrides)) {
    list.appendChild(el('li', {class: 'server'}, 'simulation.paths: ' + info.file_paths + ' → ' + info.paths + ' (the explorer runs --paths ' + info.paths + ')'));
  }
  for (const [p, v] of Object.entries(state.overrides)) {
    const c = state.controls[p];
    list.appendChild(el('li', {'data-path': p}, p + ': ' + show(c ? c.spec.value : undefined) + ' → ' + show(v)));
  }
  if (Object.keys(state.overrides).length === 0) list.appendChild(el('li', {class: 'server'}, 'nothing else: the assumptions are the file\'s'));
}

// ---- runs -------------------------------------------------------------------------------------

async function refresh() {
  if (state.inflight) { state.pending = true; return; }
  state.inflight = true;
  const status = document.getElementById('status');
  const sent = JSON.stringify(state.overrides);
  status.dataset.state = 'busy';
  status.textContent = 'Simulating…';
  // the page times the request itself (the view carries no timing): the wait the reader had
  const started = performance.now();
  try {
    const view = JSON.parse(await api('/api/view', state.overrides));
    const seconds = (performance.now() - started) / 1000;
    render(view);
    document.getElementById('error').hidden = true;
    status.dataset.state = 'ok';
    status.dataset.overrides = sent;
    status.dataset.version = String(++state.version);
    status.textContent = 'Simulated ' + view.results.provenance.paths + ' paths, seed ' + view.results.provenance.seed
        + ', in ' + seconds.toFixed(2) + ' s.';
  } catch (e) {
    const box = document.getElementById('error');
    box.hidden = false;
    box.textContent = e.message;
    status.dataset.state = 'error';
    status.dataset.overrides = sent;
    status.dataset.version = String(++state.version);
    status.textContent = 'Not run: the values below are those of the last good run.';
  } finally {
    state.inflight = false;
    if (state.pending) { state.pending = false; refresh(); }
  }
}

function pct(p) {
  return p === null ? 'n/a' : (100 * p).toFixed(1) + ' %';
}

function render(view) {
  const odds = document.getElementById('odds');
  odds.textContent = '';
  for (const c of view.results.corridors) {
    const box = el('div', {class: 'odd', 'data-corridor': c.corridor});
    box.appendChild(el('div', {}, c.corridor + ': P(met by ' + c.deadline + (c.deadline_assumed ? ', assumed' : '') + ')'));
    box.appendChild(el('div', {class: 'p', 'data-corridor': c.corridor, 'data-p': String(c.p_met_by_deadline)}, pct(c.p_met_by_deadline)));
    box.appendChild(el('div', {class: 'muted'}, '± ' + pct(c.se_met_by_deadline) + '; median ' + Math.round(c.median_at_deadline) + ' US$ m'));
    odds.appendChild(box);
  }
  // the table is written by the server's report code, which escapes every text it writes
  document.getElementById('summary').innerHTML = view.summary_html;
  const host = document.getElementById('corridors');
  host.textContent = '';
  for (const ch of view.charts) {
    host.appendChild(el('h2', {}, ch.corridor));
    const grid = el('div', {class: 'charts'});
    for (const k of ['fan', 'odds', 'first_passage']) {
      if (!ch[k]) continue;
      const d = el('div', {class: 'chart ' + k, 'data-corridor': ch.corridor});
      // the SVG is drawn by the server's report code, which escapes every text it writes
      d.innerHTML = ch[k];
      grid.appendChild(d);
    }
    host.appendChild(grid);
  }
}

async function save() {
  try {
    const yaml = await api('/api/save', state.overrides);
    const pre = document.getElementById('saved');
    pre.hidden = false;
    pre.textContent = yaml;
    const a = el('a', {href: URL.createObjectURL(new Blob([yaml], {type: 'application/yaml'})), download: state.info.name + '-explored.yaml'});
    document.body.appendChild(a);
    a.click();
    a.remove();
  } catch (e) {
    const box = document.getElementById('error');
    box.hidden = false;
    box.textContent = e.message;
  }
}

async function start() {
  state.info = JSON.parse(await api('/api/info'));
  document.getElementById('title').textContent = state.info.name + ' (' + state.info.file + ')';
  document.title = 'tradetarget serve: ' + state.info.name;
  document.getElementById('description').textContent = state.info.description;
  buildControls();
  document.getElementById('save').addEventListener('click', save);
  document.getElementById('reset').addEventListener('click', () => { state.overrides = {}; syncControls(); refresh(); });
  refresh();
}

start().catch(e => {
  const box = document.getElementById('error');
  box.hidden = false;
  box.textContent = e.message;
});
