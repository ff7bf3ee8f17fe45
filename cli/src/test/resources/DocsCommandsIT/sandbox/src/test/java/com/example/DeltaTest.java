package com.example;

class DeltaTest {}
