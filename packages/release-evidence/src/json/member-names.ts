// The member names of one open object, to find duplicates. Most objects have a handful of members, and comparing a
// few strings is cheaper than hashing each into a Map, so a Map is made only for an object that grows past that.

const SMALL = 8;

export class MemberNames {
  private readonly names: string[] = [];
  private readonly ids: number[] = [];
  /** How many of `names` belong to the current object: the arrays are reused, never shortened. */
  private size = 0;
  private map: Map<string, number> | undefined;

  clear(): void {
    this.size = 0;
    this.map = undefined;
  }

  /** Records `name` as member `id`; returns the id of the earlier member of that name, or -1. */
  add(name: string, id: number): number {
    if (this.map) {
      const earlier = this.map.get(name);
      this.map.set(name, id);
      return earlier ?? -1;
    }
    const { names, ids, size } = this;
    for (let index = 0; index < size; index++) {
      if (names[index] === name) {
        const earlier = ids[index] as number;
        ids[index] = id;
        return earlier;
      }
    }
    if (size === SMALL) {
      this.map = new Map(names.map((known, index) => [known, ids[index] as number]));
      this.map.set(name, id);
      return -1;
    }
    names[size] = name;
    ids[size] = id;
    this.size = size + 1;
    return -1;
  }
}
