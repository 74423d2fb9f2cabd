// The admin's script: everything here enhances forms that already work without it.
import Quill from "quill";
import "quill/dist/quill.snow.css";
import "./admin.css";
import { CspClipboard } from "./csp-clipboard.js";

// No style attribute reaches a parser: the policy's style-src has no 'unsafe-inline'.
Quill.register("modules/clipboard", CspClipboard, true);

// Only these formats survive; whatever Word, a web page or another editor pastes (fonts,
// colours, mso- styles, classes) is dropped by Quill's clipboard because it has no format
// for it. The server sanitises again whatever arrives.
const FORMATS = ["header", "bold", "italic", "underline", "strike", "list", "link", "blockquote", "align", "image"];
const TOOLBAR = [
  [{ header: [2, 3, 4, false] }],
  ["bold", "italic", "underline", "strike"],
  [{ list: "ordered" }, { list: "bullet" }, "blockquote"],
  [{ align: [] }],
  ["link", "image"],
  ["clean"],
];

function enhanceRichText(textarea) {
  const host = document.createElement("div");
  host.className = "rich-text";
  textarea.insertAdjacentElement("afterend", host);
  const quill = new Quill(host, {
    theme: "snow",
    formats: FORMATS,
    modules: { toolbar: { container: TOOLBAR, handlers: { image: () => pickImage(quill) } } },
  });
  quill.clipboard.dangerouslyPasteHTML(textarea.value || "");
  nameToolbarControls(quill.getModule("toolbar")?.container);
  // Screen readers and labels still reach the editor through the textarea's label.
  quill.root.setAttribute("aria-labelledby", textarea.id + "-label");
  quill.root.setAttribute("role", "textbox");
  quill.root.setAttribute("aria-multiline", "true");
  if (textarea.labels && textarea.labels[0]) {
    textarea.labels[0].id = textarea.id + "-label";
    textarea.labels[0].addEventListener("click", () => quill.focus());
  }
  textarea.hidden = true;
  const sync = () => {
    // Normalise to NFC here too, so that text typed through an input method that composes
    // decomposed characters is stored as the server expects (the server normalises again).
    // Quill 2.0's semantic HTML writes every space as &nbsp;, which stops lines from wrapping
    // on the public site and splits words for search: store ordinary spaces.
    textarea.value = quill.getLength() <= 1 ? "" : quill.getSemanticHTML().replaceAll("&nbsp;", " ").normalize("NFC");
  };
  quill.on("text-change", sync);
  textarea.form?.addEventListener("submit", sync);
}

// Quill's pickers have no accessible name and its buttons are named in English; screen reader
// users hear these Vietnamese names instead.
const CONTROL_NAMES = {
  "ql-header": "Kiểu đoạn",
  "ql-align": "Căn lề",
  "ql-bold": "Đậm",
  "ql-italic": "Nghiêng",
  "ql-underline": "Gạch chân",
  "ql-strike": "Gạch ngang",
  "ql-list:ordered": "Danh sách đánh số",
  "ql-list:bullet": "Danh sách dấu chấm",
  "ql-blockquote": "Trích dẫn",
  "ql-link": "Liên kết",
  "ql-image": "Hình ảnh",
  "ql-clean": "Xóa định dạng",
};

function nameToolbarControls(toolbar) {
  if (!toolbar?.classList.contains("ql-toolbar")) return;
  for (const button of toolbar.querySelectorAll("button")) {
    const key = [...button.classList].find((c) => c.startsWith("ql-"));
    const name = CONTROL_NAMES[button.value ? `${key}:${button.value}` : key];
    if (name) button.setAttribute("aria-label", name);
  }
  for (const picker of toolbar.querySelectorAll(".ql-picker")) {
    const key = [...picker.classList].find((c) => c.startsWith("ql-") && c !== "ql-picker");
    const label = picker.querySelector(".ql-picker-label");
    if (label && CONTROL_NAMES[key]) label.setAttribute("aria-label", CONTROL_NAMES[key]);
  }
}

// The media library (when installed) answers /admin/media/picker with a page that posts the
// chosen image's URL and alt text back to this window.
function pickImage(quill) {
  const picker = window.open("/admin/media/picker?type=image", "media-picker", "width=900,height=700");
  if (!picker) return;
  const onMessage = (event) => {
    if (event.origin !== window.location.origin || event.data?.kind !== "saraicms-media") return;
    window.removeEventListener("message", onMessage);
    const range = quill.getSelection(true);
    quill.insertEmbed(range.index, "image", event.data.url, "user");
    const [leaf] = quill.getLeaf(range.index + 1);
    if (leaf?.domNode?.tagName === "IMG" && event.data.alt) leaf.domNode.setAttribute("alt", event.data.alt);
  };
  window.addEventListener("message", onMessage);
}

function enhanceMenu() {
  const toggle = document.querySelector(".menu-toggle");
  const nav = document.getElementById("admin-nav");
  if (!toggle || !nav) return;
  toggle.addEventListener("click", () => {
    const open = toggle.getAttribute("aria-expanded") === "true";
    toggle.setAttribute("aria-expanded", String(!open));
    nav.classList.toggle("open", !open);
  });
}

function enhanceForms() {
  for (const select of document.querySelectorAll("select[data-autosubmit]")) {
    select.addEventListener("change", () => select.form?.submit());
  }
  for (const button of document.querySelectorAll("[data-confirm]")) {
    button.addEventListener("click", (event) => {
      if (!window.confirm(button.getAttribute("data-confirm"))) event.preventDefault();
    });
  }
  for (const all of document.querySelectorAll("input[data-select-all]")) {
    all.addEventListener("change", () => {
      for (const box of document.querySelectorAll(all.getAttribute("data-select-all"))) box.checked = all.checked;
    });
  }
}

document.addEventListener("DOMContentLoaded", () => {
  enhanceMenu();
  enhanceForms();
  for (const textarea of document.querySelectorAll("textarea[data-editor='html']")) enhanceRichText(textarea);
});
