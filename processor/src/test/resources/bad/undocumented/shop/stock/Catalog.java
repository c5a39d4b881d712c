package shop.stock;

/** Only one implementation in the compilation: calls through it are followed. */
public interface Catalog {
  String describe(long id);
}
