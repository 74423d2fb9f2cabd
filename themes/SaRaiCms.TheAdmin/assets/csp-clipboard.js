// Quill's clipboard parses pasted (and initial) HTML with DOMParser. Chromium applies the page's
// Content-Security-Policy to that inert document too, so every style attribute and <style> of a
// Word or web page paste is reported as a violation of style-src (which has no 'unsafe-inline').
// This clipboard renames them in the HTML text before parsing (style → data-style, <style> →
// <template>), then gives Quill's normalisers and matchers the styles back through the CSSOM,
// which the policy allows: Word lists, Google Docs weights, bold, italic and alignment still
// paste. Word's mso- properties become custom properties (--mso-list), which Quill's Word list
// matching still finds in the style attribute.
import Quill from "quill";

const Clipboard = Quill.import("modules/clipboard");

const TAG = /<(\/?)([a-zA-Z][^\s/>]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g;
const ATTRIBUTE = /([^\s"'>/=]+)(\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?/g;

/** The HTML text with no style attribute or element left: renamed, values and text untouched. */
export function withoutInlineStyles(html) {
  return html.replace(TAG, (tag, slash, name, attributes) => {
    const element = name.toLowerCase() === "style" ? "template" : name;
    const renamed = attributes.replace(ATTRIBUTE, (attribute, attributeName, value) =>
      attributeName.toLowerCase() === "style" ? "data-style" + (value ?? "") : attribute);
    return `<${slash}${element}${renamed}>`;
  });
}

function restoreStyles(elements) {
  for (const element of elements) {
    const declarations = element.getAttribute("data-style") ?? "";
    element.removeAttribute("data-style");
    for (const declaration of declarations.split(";")) {
      const colon = declaration.indexOf(":");
      if (colon < 1) continue;
      const property = declaration.slice(0, colon).trim().toLowerCase();
      const value = declaration.slice(colon + 1).trim();
      // Invalid properties and values are ignored by the CSSOM, as the parser would have done.
      element.style.setProperty(property.startsWith("mso-") ? "--" + property : property, value);
    }
  }
}

export class CspClipboard extends Clipboard {
  convertHTML(html) {
    return super.convertHTML(withoutInlineStyles(html));
  }

  normalizeHTML(doc) {
    // Word's list paragraphs first: the Word normaliser copies their children with innerHTML
    // into the page's document, where a restored style attribute would be parsed again.
    restoreStyles(doc.querySelectorAll("[data-style*='mso-list' i]"));
    super.normalizeHTML(doc);
    restoreStyles(doc.querySelectorAll("[data-style]"));
  }
}
