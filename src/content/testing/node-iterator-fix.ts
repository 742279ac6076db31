/**
 * Test set-up (vitest.config.ts `setupFiles`): happy-dom's NodeIterator stops when the node it
 * last returned is removed, where the DOM standard moves its reference to the node before
 * (https://dom.spec.whatwg.org/#nodeiterator-pre-removing-steps). DOMPurify removes nodes
 * while it iterates, so under happy-dom it would stop after the first forbidden node and keep
 * the rest. Browsers follow the standard; this gives the unit tests the same iterator. Only
 * the forward walk DOMPurify uses is provided. Does nothing outside a DOM environment.
 */

function following(node: Node, root: Node): Node | null {
  if (node.firstChild) return node.firstChild;
  for (let at: Node | null = node; at !== null && at !== root; at = at.parentNode) {
    if (at.nextSibling) return at.nextSibling;
  }
  return null;
}

function lastDescendant(node: Node): Node {
  let at = node;
  while (at.lastChild) at = at.lastChild;
  return at;
}

/** `whatToShow` bit of a node type (NodeFilter.SHOW_ELEMENT is 1 << (1 - 1), …). */
const shown = (node: Node, whatToShow: number) => (whatToShow & (1 << (node.nodeType - 1))) !== 0;

function standardIterator(root: Node, whatToShow = 0xffffffff, filter: NodeFilter | null = null): NodeIterator {
  let reference: Node | null = null;
  let before: Node = root;
  const accepts = (node: Node) => {
    if (!shown(node, whatToShow)) return false;
    if (filter === null) return true;
    const verdict = typeof filter === 'function' ? filter(node) : filter.acceptNode(node);
    return verdict === 1; // NodeFilter.FILTER_ACCEPT
  };
  const iterator = {
    root,
    whatToShow,
    filter,
    get referenceNode() {
      return reference ?? root;
    },
    pointerBeforeReferenceNode: false,
    nextNode(): Node | null {
      // Started, or the last node is still in the tree: go on from it; removed: from the node before it.
      let at: Node | null = reference === null ? null : root.contains(reference) ? reference : before;
      let candidate: Node | null = at === null ? root : following(at, root);
      while (candidate !== null && !accepts(candidate)) candidate = following(candidate, root);
      if (candidate === null) return null;
      at = candidate;
      reference = at;
      before = at.previousSibling ? lastDescendant(at.previousSibling) : (at.parentNode ?? root);
      return at;
    },
    previousNode(): Node | null {
      throw new Error('node-iterator-fix: previousNode is not provided');
    },
    detach() {},
  };
  return iterator as unknown as NodeIterator;
}

/** The prototype that defines `createNodeIterator` for this window's documents (the one DOMPurify captures). */
function iteratorOwner(doc: Document): Document | null {
  for (
    let proto = Object.getPrototypeOf(doc) as Document | null;
    proto !== null;
    proto = Object.getPrototypeOf(proto) as Document | null
  ) {
    if (Object.prototype.hasOwnProperty.call(proto, 'createNodeIterator')) return proto;
  }
  return null;
}

const owner = typeof document === 'undefined' ? null : iteratorOwner(document);
if (owner !== null) {
  owner.createNodeIterator = function createNodeIterator(root: Node, whatToShow?: number, filter?: NodeFilter | null) {
    return standardIterator(root, whatToShow, filter ?? null);
  };
}

/**
 * happy-dom defines `nodeName` again on each node class, and Node.prototype's own getter
 * answers the base value; in browsers Node.prototype's getter serves every node. DOMPurify
 * reads it from Node.prototype (so a page cannot clobber it), so it is made to dispatch here.
 */
function dispatchFromNodePrototype(prop: 'nodeName' | 'nodeType'): void {
  const proto = typeof Node === 'undefined' ? null : (Node.prototype as object);
  const base = proto === null ? undefined : Object.getOwnPropertyDescriptor(proto, prop);
  if (proto === null || base?.get === undefined) return;
  const baseGet = base.get;
  Object.defineProperty(proto, prop, {
    configurable: true,
    enumerable: base.enumerable ?? false,
    get(this: object) {
      for (
        let at = Object.getPrototypeOf(this) as object | null;
        at !== null && at !== proto;
        at = Object.getPrototypeOf(at) as object | null
      ) {
        const own = Object.getOwnPropertyDescriptor(at, prop);
        if (own?.get !== undefined) return own.get.call(this) as unknown;
      }
      return baseGet.call(this) as unknown;
    },
  });
}

dispatchFromNodePrototype('nodeName');
dispatchFromNodePrototype('nodeType');
