"""The page's style and script, inline (the page needs no network)."""

CSS = """
body{font-family:"Noto Sans CJK SC","Microsoft YaHei","PingFang SC",sans-serif;margin:0;color:#222;
 background:#f6f6f4}
header{display:flex;gap:1em;align-items:baseline;padding:.6em 1.2em;background:#1f3b5a;color:#fff}
header h1{font-size:1.2em;margin:0}header button{margin-left:auto}
.lang-zh .en,.lang-en .zh{display:none}
section{padding:0 1.2em 1em}h2{font-size:1.05em;word-break:break-all}
.summary{display:flex;flex-wrap:wrap;gap:.3em 1.6em;margin:.5em 0}.summary div{display:flex;gap:.4em}
.summary dt{color:#666}.summary dd{margin:0}
.present{color:#2a7a2a}.missing{color:#b00020;font-weight:bold}
.filters{display:flex;gap:1em;align-items:center;margin:.4em 0}
.columns{display:grid;grid-template-columns:minmax(0,3fr) minmax(18em,2fr);gap:1em;align-items:start}
.text{white-space:pre-wrap;line-height:1.9;background:#fff;padding:1em 1.2em;border:1px solid #ddd;
 max-height:80vh;overflow:auto;font-size:15px}
mark{background:#fff3c4;border-bottom:2px solid #d4a000;cursor:pointer;padding:0 1px}
mark.error{background:#ffd9dc;border-color:#c4001d}mark.warning{background:#ffe9c7;border-color:#d97800}
mark.info{background:#ddeeff;border-color:#2d6fb8}mark.dim{background:none;border-color:transparent}
mark.nested{box-shadow:inset 0 -3px 0 currentColor;font-weight:bold}
mark.flash{outline:3px solid #1f3b5a}
.findings{list-style:none;margin:0;padding:0;max-height:80vh;overflow:auto}
.finding{background:#fff;border:1px solid #ddd;border-left:5px solid #999;margin:0 0 .5em;padding:.5em .7em;
 cursor:pointer}
.finding.error{border-left-color:#c4001d}.finding.warning{border-left-color:#d97800}
.finding.info{border-left-color:#2d6fb8}.finding.flash{outline:3px solid #1f3b5a}
.finding .sev{font-size:.85em}.finding .where{color:#666;font-size:.85em}
.error .sev,label.error{color:#c4001d}.warning .sev,label.warning{color:#b36200}
.info .sev,label.info{color:#2d6fb8}
.hint{color:#333;margin-top:.3em}.finding table{font-size:.85em}.finding th{text-align:left;padding-right:1em}
.rule{font-size:.85em}.hidden-f{display:none}
#reports{border-collapse:collapse;background:#fff;width:100%}
#reports th,#reports td{border:1px solid #ddd;padding:.3em .6em;text-align:left}
#reports th{cursor:pointer;background:#eef1f5}#reports th.asc::after{content:" ▲"}
#reports th.desc::after{content:" ▼"}
.chart{margin:.6em 0;background:#fff;border:1px solid #ddd;padding:.6em 1em}
.chart figcaption{font-weight:bold;margin-bottom:.4em}.chart text{font-size:12px}
.chart .bar{cursor:pointer}.chart .bar rect{fill:#2d6fb8}.chart .bar.error rect{fill:#c4001d}
.chart .bar.warning rect{fill:#d97800}.legend{font-size:.85em;columns:2;margin:.5em 0 0}
.batch-filters{margin:.5em 0}.batch-filters label{margin-right:1.5em}
.rule-page{display:none}.rule-page:target{display:block;position:fixed;inset:5vh 10vw;background:#fff;
 overflow:auto;border:1px solid #888;box-shadow:0 4px 30px #0005;padding:1em 2em;z-index:10}
.rule-page pre{background:#f3f3f3;padding:.6em;white-space:pre-wrap}.close{float:right;font-size:1.5em}
.clean{color:#2a7a2a}
.downloads{padding:.4em 1.2em}.downloads a{margin-right:.8em}
@media (max-width:800px){.columns{grid-template-columns:1fr}}
"""

JS = """
(function(){
var body=document.body;
document.getElementById('lang').addEventListener('click',function(){
  var en=body.classList.toggle('lang-en');body.classList.toggle('lang-zh',!en);
  document.documentElement.lang=en?'en':'zh-CN';
  document.querySelectorAll('option[data-zh]').forEach(function(o){o.textContent=o.dataset[en?'en':'zh'];});});
function flash(el){el.classList.add('flash');setTimeout(function(){el.classList.remove('flash');},1200);}
document.querySelectorAll('.finding').forEach(function(li){
  li.addEventListener('click',function(ev){
    if(ev.target.closest('a,summary,details'))return;
    var t=li.getAttribute('data-target');if(!t)return;
    var m=document.getElementById(t);if(m){m.scrollIntoView({block:'center'});flash(m);}});});
document.querySelectorAll('mark[data-f]').forEach(function(m){
  m.addEventListener('click',function(){
    var id=m.getAttribute('data-f').split(' ')[0];var li=document.getElementById('item-'+id);
    if(li){li.scrollIntoView({block:'center'});flash(li);}});});
document.querySelectorAll('section.report').forEach(function(sec){
  function apply(){
    var sevs={};sec.querySelectorAll('.filters input').forEach(function(c){sevs[c.dataset.sev]=c.checked;});
    var code=sec.querySelector('.code-filter').value;
    sec.querySelectorAll('.finding').forEach(function(li){
      var show=sevs[li.dataset.sev]&&(!code||li.dataset.code===code);
      li.classList.toggle('hidden-f',!show);
      var t=li.getAttribute('data-target');
      if(t)sec.querySelectorAll('mark[data-f~="'+t+'"]').forEach(function(m){m.dataset['h'+t]=show?'1':'0';});});
    sec.querySelectorAll('mark[data-f]').forEach(function(m){
      var any=m.getAttribute('data-f').split(' ').some(function(t){return m.dataset['h'+t]!=='0';});
      m.classList.toggle('dim',!any);});}
  sec.querySelectorAll('.filters input,.code-filter').forEach(function(c){
    c.addEventListener('change',apply);});});
function route(){
  var reports=document.querySelectorAll('section.report');if(reports.length<2)return;
  var h=location.hash.slice(1);var open=h.indexOf('report-')===0?h:null;
  reports.forEach(function(s){s.hidden=s.id!==open;});
  var batch=document.getElementById('batch');if(batch)batch.hidden=!!open;
  if(open)window.scrollTo(0,0);}
window.addEventListener('hashchange',function(){if(location.hash.indexOf('#rule-')!==0)route();});route();
var table=document.getElementById('reports');
if(table)table.querySelectorAll('th').forEach(function(th){
  function sort(){
    var col=+th.dataset.col;
    var cur=th.classList.contains('asc')?'asc':th.classList.contains('desc')?'desc':'';
    var asc=cur?cur==='desc':th.dataset.first!=='desc';  // counts: the most first
    table.querySelectorAll('th').forEach(function(o){o.classList.remove('asc','desc');});
    th.classList.add(asc?'asc':'desc');
    var rows=Array.prototype.slice.call(table.tBodies[0].rows);
    rows.sort(function(a,b){
      var x=a.cells[col].dataset.sort,y=b.cells[col].dataset.sort;
      var nx=parseFloat(x),ny=parseFloat(y);
      var c=(!isNaN(nx)&&!isNaN(ny))?nx-ny:x.localeCompare(y,'zh');return asc?c:-c;});
    rows.forEach(function(r){table.tBodies[0].appendChild(r);});}
  th.addEventListener('click',sort);
  th.addEventListener('keydown',function(e){if(e.key==='Enter')sort();});});
var lf=document.getElementById('level-filter'),cf=document.getElementById('code-filter');
function filterRows(){
  var l=lf.value,c=cf.value;
  table.tBodies[0].querySelectorAll('tr').forEach(function(tr){
    tr.hidden=!((!l||tr.dataset.level===l)&&(!c||(' '+tr.dataset.codes+' ').indexOf(' '+c+' ')>=0));});}
if(table&&lf&&cf){
  lf.addEventListener('change',filterRows);cf.addEventListener('change',filterRows);
  document.querySelectorAll('.chart .bar').forEach(function(g){
    g.addEventListener('click',function(){cf.value=g.dataset.code;filterRows();});});}
})();
"""
