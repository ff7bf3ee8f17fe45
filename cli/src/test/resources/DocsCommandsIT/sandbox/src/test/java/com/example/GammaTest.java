package com.example;

class GammaTest {}
