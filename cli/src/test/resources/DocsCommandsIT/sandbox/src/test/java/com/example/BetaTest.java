package com.example;

class BetaTest {}
