// movement-graph network page: draws the graph with vis-network and shows node details.
// Every text that comes from a document is inserted with textContent, never as HTML.
(function () {
  "use strict";
  var root = document.documentElement;
  var payload = JSON.parse(document.getElementById("mg-data").textContent);
  var info = payload.info;
  var container = document.getElementById("mg-network");
  var tooltip = document.getElementById("mg-tooltip");
  var details = document.getElementById("mg-details");
  var labelsBox = document.getElementById("mg-labels");
  var nodes = new vis.DataSet(payload.nodes);
  var edges = new vis.DataSet(payload.edges);
  var network = new vis.Network(container, { nodes: nodes, edges: edges }, payload.options);
  var labelsShown = payload.labels;
  window.mgView = { network: network, nodes: nodes, edges: edges };

  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    if (cls) { e.className = cls; }
    return e;
  }

  function render(target, id) {
    var d = info[id];
    target.replaceChildren();
    if (!d) { return; }
    target.appendChild(el("div", d.n, "mg-title"));
    target.appendChild(el("div", d.k, "mg-kind"));
    var dl = el("dl");
    (d.rows || []).forEach(function (row) {
      dl.appendChild(el("dt", row[0]));
      dl.appendChild(el("dd", row[1]));
    });
    target.appendChild(dl);
    if (d.docs && d.docs.length) {
      target.appendChild(el("div", "Evidence: " + d.docs.length + (d.docs.length === 1 ? " document" : " documents"), "mg-sub"));
      var ul = el("ul");
      d.docs.forEach(function (doc) {
        var li = el("li");
        li.appendChild(el("span", doc[0] || "undated", "mg-date"));
        li.appendChild(document.createTextNode(" "));
        li.appendChild(el("bdi", doc[1]));  // a title's right-to-left marks stay inside it
        if (doc[2]) { li.appendChild(el("span", " (" + doc[2] + ")", "mg-file")); }
        ul.appendChild(li);
      });
      target.appendChild(ul);
    }
  }

  function setLabels(ids) {
    var want = {};
    (ids || []).forEach(function (id) { want[id] = true; });
    var updates = [];
    nodes.forEach(function (node) {
      var show = labelsShown || want[node.id];
      var label = show ? info[node.id].l : undefined;
      if (node.label !== label) { updates.push({ id: node.id, label: label }); }
    });
    if (updates.length) { nodes.update(updates); }
  }

  network.on("hoverNode", function (params) {
    render(tooltip, params.node);
    tooltip.style.left = (params.pointer.DOM.x + 14) + "px";
    tooltip.style.top = (params.pointer.DOM.y + 14) + "px";
    tooltip.hidden = false;
  });
  network.on("blurNode", function () { tooltip.hidden = true; });
  network.on("dragStart", function () { tooltip.hidden = true; });
  network.on("click", function (params) {
    if (params.nodes.length) {
      render(details, params.nodes[0]);
      if (!payload.labels) { setLabels([params.nodes[0]].concat(network.getConnectedNodes(params.nodes[0]))); }
    } else if (!payload.labels && !labelsShown) {
      setLabels([]);
    }
  });
  if (labelsBox) {
    labelsBox.checked = labelsShown;
    labelsBox.addEventListener("change", function () { labelsShown = labelsBox.checked; setLabels([]); });
  }
  document.getElementById("mg-search").addEventListener("submit", function (ev) {
    ev.preventDefault();
    var q = document.getElementById("mg-query").value.trim().toLowerCase();
    var status = document.getElementById("mg-search-status");
    if (!q) { return; }
    var hit = null;
    Object.keys(info).sort().some(function (id) {
      if (info[id].s.indexOf(q) >= 0) { hit = id; return true; }
      return false;
    });
    status.textContent = hit ? "" : "not found";
    if (hit) {
      network.selectNodes([hit]);
      network.focus(hit, { scale: 1.2, animation: false });
      render(details, hit);
      if (!payload.labels) { setLabels([hit].concat(network.getConnectedNodes(hit))); }
    }
  });

  var done = false;
  function ready() {
    if (done) { return; }
    done = true;
    if (payload.options.physics.enabled) { network.setOptions({ physics: { enabled: false } }); }
    network.once("afterDrawing", function () {
      root.dataset.mgNodesDrawn = String(Object.keys(network.getPositions()).length);
      root.dataset.mgNodesTotal = String(nodes.length);
      root.dataset.mgReadyMs = String(Math.round(performance.now()));
      root.dataset.mgReady = "1";
    });
    network.redraw();
  }
  if (payload.options.physics.enabled) {
    network.once("stabilizationIterationsDone", ready);
    network.once("stabilized", ready);
  } else {
    ready();
  }
})();
