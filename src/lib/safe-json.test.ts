import { afterEach, describe, expect, it } from "vitest";
import { findPrototypeKey, parseUntrustedJson, UnsafeJsonError } from "./safe-json";

function refusal(text: string): UnsafeJsonError {
  try {
    parseUntrustedJson(text);
  } catch (error) {
    if (error instanceof UnsafeJsonError) return error;
    throw error;
  }
  throw new Error("expected parseUntrustedJson to refuse the text");
}

describe("parseUntrustedJson", () => {
  it("reads an ordinary object", () => {
    expect(parseUntrustedJson('{"id":"space","count":2,"done":true,"note":null}')).toEqual({
      id: "space",
      count: 2,
      done: true,
      note: null,
    });
  });

  it("reads an ordinary array and a bare value", () => {
    expect(parseUntrustedJson('[1,"two",{"three":3}]')).toEqual([1, "two", { three: 3 }]);
    expect(parseUntrustedJson('"text"')).toBe("text");
  });

  it("reads the refused words when they are values, not keys", () => {
    const text = '{"word":"constructor","words":["__proto__","prototype"],"quoted":"\\"constructor\\": 1"}';
    expect(parseUntrustedJson(text)).toEqual({
      word: "constructor",
      words: ["__proto__", "prototype"],
      quoted: '"constructor": 1',
    });
  });

  it("reads keys that only contain a refused word", () => {
    expect(parseUntrustedJson('{"constructorName":"x","__proto__x":1,"prototypes":[]}')).toEqual({
      constructorName: "x",
      __proto__x: 1,
      prototypes: [],
    });
  });

  it.each(["__proto__", "constructor", "prototype"])("refuses a %s key at the top level", (key) => {
    expect(refusal(`{"${key}":{}}`).message).toBe(
      `it has a key named "${key}" (at ${key}), which is never allowed`,
    );
  });

  it("refuses a refused key nested in objects and arrays, saying where it is", () => {
    const text = '{"commitments":[{"id":"a"},{"id":"b","statuses":{"__proto__":{"us":"done"}}}]}';
    expect(refusal(text).message).toMatch(/"__proto__" \(at commitments\[1\]\.statuses\.__proto__\)/);
  });

  it("refuses a refused key in an object directly inside an array", () => {
    expect(refusal('[{"ok":1},{"constructor":{}}]').message).toMatch(/\(at \[1\]\.constructor\)/);
  });

  it("refuses a refused key with whitespace between the key and its colon", () => {
    expect(refusal('{"a":{"prototype"\n\t :1}}').message).toMatch(/\(at a\.prototype\)/);
  });

  it("refuses a refused key spelled with JSON escapes", () => {
    // JSON.parse turns "\u005f\u005fproto\u005f\u005f" into "__proto__": the text never shows the word.
    expect(refusal('{"\\u005f\\u005fproto\\u005f\\u005f":{"polluted":true}}').message).toMatch(/"__proto__"/);
  });

  it("says that text which is not JSON is not valid JSON", () => {
    const error = refusal("{not json");
    expect(error).toBeInstanceOf(UnsafeJsonError);
    expect(error.message).toMatch(/^it is not valid JSON \(/);
  });

  describe("the prototype of every object", () => {
    afterEach(() => {
      delete (Object.prototype as Record<string, unknown>).polluted;
    });

    it("is never changed by a __proto__ key, which is refused", () => {
      expect(() => parseUntrustedJson('{"__proto__":{"polluted":true}}')).toThrow(UnsafeJsonError);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(Object.hasOwn(Object.prototype, "polluted")).toBe(false);
    });
  });
});

describe("findPrototypeKey", () => {
  it.each([
    ["an object", { a: { b: [1, { c: "constructor" }] } }],
    ["an array", [{ constructorName: 1 }, "prototype"]],
    ["null", null],
    ["a number", 3],
    ["a string", "__proto__"],
  ])("finds nothing in a clean value: %s", (_case, value) => {
    expect(findPrototypeKey(value)).toBeNull();
  });

  it("finds the first refused key and its path", () => {
    const value = JSON.parse('{"list":[{"ok":{}},{"deep":{"prototype":1}}],"constructor":2}');
    expect(findPrototypeKey(value)).toEqual({ key: "prototype", path: "list[1].deep.prototype" });
  });
});
