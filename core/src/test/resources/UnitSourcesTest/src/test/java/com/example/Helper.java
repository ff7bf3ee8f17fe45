package com.example;

class Helper {}
