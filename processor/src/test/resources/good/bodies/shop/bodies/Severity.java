package shop.bodies;

public enum Severity { LOW, HIGH }
