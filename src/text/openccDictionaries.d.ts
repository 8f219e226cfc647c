// opencc-js ships its dictionaries as ES modules without types: each default export is "source target|source target|…".
declare module "opencc-js/dict/*" {
  const dictionary: string;
  export default dictionary;
}
