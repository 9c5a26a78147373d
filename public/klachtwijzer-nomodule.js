// For browsers too old for JavaScript modules (they skip klachtwijzer.js): show each host's
// fallback (data-klachtwijzer-unsupported) instead of "loading". Plain ES5 on purpose.
(function () {
  var hosts = document.querySelectorAll('[data-klachtwijzer]');
  for (var i = 0; i < hosts.length; i++) {
    var statuses = hosts[i].querySelectorAll('[role=status]');
    for (var j = 0; j < statuses.length; j++) statuses[j].hidden = true;
    var fallbacks = hosts[i].querySelectorAll('[data-klachtwijzer-unsupported]');
    for (var k = 0; k < fallbacks.length; k++) fallbacks[k].hidden = false;
  }
})();
