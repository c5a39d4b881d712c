package shop.stock;

public class StockService {
  public void reserve(long id, int count) {
    if (count > 10) {
      throw new OutOfStockException(); // in the service
    }
  }

  /** Recursion: followed once. */
  public int depth(int n) {
    if (n > 100) {
      throw new OutOfStockException(); // recursive
    }
    return n == 0 ? 0 : depth(n - 1);
  }

  /** A call cycle: ping calls pong calls ping. */
  public void ping(int n) {
    if (n > 0) {
      pong(n - 1);
    }
  }

  void pong(int n) {
    if (n == 7) {
      throw new ItemNotFoundException(n); // in a cycle
    }
    ping(n);
  }
}
