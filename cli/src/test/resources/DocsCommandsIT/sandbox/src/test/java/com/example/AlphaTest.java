package com.example;

class AlphaTest {}
