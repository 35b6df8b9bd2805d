// Locks and opens results links with a passphrase, on the device, with the
// browser's own cryptography (WebCrypto): a key from the passphrase (PBKDF2,
// SHA-256, 200 000 rounds, a fresh 16-byte salt), then AES-GCM (a fresh
// 12-byte nonce). The passphrase is made here from 60 random bits, in three
// groups of four for reading aloud (7K3M-9QXP-2HWD), from letters and digits
// that cannot be mistaken for one another; it is typed back in any case,
// with or without spaces and dashes.
// The app loads this file only on the screens that lock or open a link
// (src/platform/lock.rs), and calls:
//   painpathLock(code)           → Promise<[sealed code, passphrase]>
//   painpathUnlock(sealed, typed) → Promise<code, or null when it does not open>
// where `code` is the answers' link code (base64url) and the sealed code is
// version 1, salt, nonce, sealed answers (base64url).
(function () {
  var ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
  var ROUNDS = 200000, VERSION = 1, SALT = 16, NONCE = 12;
  var subtle = window.crypto && window.crypto.subtle;
  if (!subtle) return;
  function toText(bytes) {
    var s = "";
    for (var i = 0; i < bytes.length; i++) s += String.fromCharCode(bytes[i]);
    return btoa(s).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
  }
  function toBytes(text) {
    var s = atob(text.replace(/-/g, "+").replace(/_/g, "/"));
    var out = new Uint8Array(s.length);
    for (var i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
    return out;
  }
  function normalise(typed) {
    return String(typed).replace(/[^0-9a-z]/gi, "").toUpperCase();
  }
  function key(passphrase, salt, use) {
    return subtle.importKey("raw", new TextEncoder().encode(normalise(passphrase)), "PBKDF2", false, ["deriveKey"])
      .then(function (base) {
        return subtle.deriveKey({ name: "PBKDF2", salt: salt, iterations: ROUNDS, hash: "SHA-256" },
          base, { name: "AES-GCM", length: 256 }, false, [use]);
      });
  }
  window.painpathLock = function (code) {
    var fresh = crypto.getRandomValues(new Uint8Array(12 + SALT + NONCE));
    var passphrase = "";
    for (var i = 0; i < 12; i++) passphrase += (i && i % 4 === 0 ? "-" : "") + ALPHABET[fresh[i] & 31];
    var salt = fresh.slice(12, 12 + SALT), nonce = fresh.slice(12 + SALT);
    return key(passphrase, salt, "encrypt")
      .then(function (k) { return subtle.encrypt({ name: "AES-GCM", iv: nonce }, k, toBytes(code)); })
      .then(function (sealed) {
        var out = new Uint8Array(1 + SALT + NONCE + sealed.byteLength);
        out[0] = VERSION;
        out.set(salt, 1);
        out.set(nonce, 1 + SALT);
        out.set(new Uint8Array(sealed), 1 + SALT + NONCE);
        return [toText(out), passphrase];
      });
  };
  window.painpathUnlock = function (sealed, typed) {
    var bytes;
    try { bytes = toBytes(sealed); } catch (e) { return Promise.resolve(null); }
    if (bytes[0] !== VERSION || bytes.length < 1 + SALT + NONCE + 16) return Promise.resolve(null);
    var salt = bytes.slice(1, 1 + SALT), nonce = bytes.slice(1 + SALT, 1 + SALT + NONCE);
    return key(typed, salt, "decrypt")
      .then(function (k) { return subtle.decrypt({ name: "AES-GCM", iv: nonce }, k, bytes.slice(1 + SALT + NONCE)); })
      .then(function (plain) { return toText(new Uint8Array(plain)); }, function () { return null; });
  };
})();
