package com.example;

class CartTest {}
