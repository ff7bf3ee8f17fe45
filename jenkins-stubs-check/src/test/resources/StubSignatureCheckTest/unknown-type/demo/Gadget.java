package demo;

public class Gadget {}
