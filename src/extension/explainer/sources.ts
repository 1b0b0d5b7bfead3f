/** The sources the explainer cites by address. No vscode here, so the UI tests can check the links against it. */

/** Tacit Edge, "Product Manager vs. Product Owner: What am I!?": the framing the explainer follows. */
export const ARTICLE = {
  title: 'Product Manager vs. Product Owner: What am I!?',
  url: 'https://www.tacit-edge.com/post/product-manager-vs-product-owner-what-am-i',
} as const;
